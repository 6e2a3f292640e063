import { purgeExpiredSessionsJob } from "../accounts/purge-expired-sessions";
import { deliverEmailJob } from "../channels/email/deliver-email-job";
import { pollMailboxJob, scheduleMailboxPollsJob } from "../channels/email/poll-mailboxes-job";
import type { JobDefinition } from "../platform/jobs/define-job";
import { resolutionSweepJob } from "../resolution/resolution-sweep-job";
import { learnTriageCorrectionsJob } from "../triage/learn-corrections";
import { slaSweepJob } from "../workflow/sla-sweep-job";

// Every job the workers run: the composition root's list; a domain adds its definition here.
export const allJobs: JobDefinition[] = [
  purgeExpiredSessionsJob,
  slaSweepJob,
  learnTriageCorrectionsJob,
  deliverEmailJob,
  pollMailboxJob,
  scheduleMailboxPollsJob,
  resolutionSweepJob,
];
