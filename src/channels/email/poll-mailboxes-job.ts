import { and, eq, isNotNull, lte } from "drizzle-orm";
import { z } from "zod";
import { defineJob } from "../../platform/jobs/define-job";
import { pollMailbox } from "./poll-mailbox";
import { emailChannels } from "./tables";

export const pollMailboxJob = defineJob({
  id: "email-poll-mailbox",
  payload: z.object({ channelId: z.uuid(), maxMessages: z.number().int().positive().optional() }),
  retryLimit: 1,
  workers: 2,
  async handle(payload, { db, log, config, jobs }) {
    const result = await pollMailbox({ db, config, jobs, log, ...payload });
    if (result.fetched > 0 || result.error)
      log.info({ channelId: payload.channelId, ...result }, "mailbox polled");
  },
});

// Every minute, one poll job per due mailbox; the singleton key and the poll's advisory lock keep
// several processes from polling one mailbox at once.
export const scheduleMailboxPollsJob = defineJob({
  id: "email-schedule-polls",
  payload: z.object({}).passthrough(),
  schedule: "* * * * *",
  retryLimit: 0,
  workers: 1,
  async handle(_payload, { db, jobs }) {
    const due = await db
      .select({ id: emailChannels.id })
      .from(emailChannels)
      .where(
        and(
          eq(emailChannels.enabled, true),
          isNotNull(emailChannels.imapHost),
          lte(emailChannels.nextPollAt, new Date()),
        ),
      );
    for (const { id } of due) await jobs.send(pollMailboxJob, { channelId: id }, { singletonKey: id });
  },
});
