import { purgeExpiredSessionsJob } from "../../accounts/purge-expired-sessions";
import { deliverEmailJob } from "../../intake/email/deliver-email-job";
import { pollMailboxJob, scheduleMailboxPollsJob } from "../../intake/email/poll-mailboxes-job";
import { resolutionSweepJob } from "../../resolution/resolution-sweep-job";
import { learnTriageCorrectionsJob } from "../../triage/learn-corrections";
import { slaSweepJob } from "../../workflow/sla-sweep-job";
import type { JobDefinition } from "./define-job";

// Every job the workers run; a domain adds its definition here.
export const allJobs: JobDefinition[] = [
  purgeExpiredSessionsJob,
  slaSweepJob,
  learnTriageCorrectionsJob,
  deliverEmailJob,
  pollMailboxJob,
  scheduleMailboxPollsJob,
  resolutionSweepJob,
];
