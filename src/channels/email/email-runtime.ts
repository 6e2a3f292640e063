import type { Config } from "../../config";
import type { JobRunner } from "../../platform/jobs/job-runner";

export type EmailRuntime = { config: Config; jobs: JobRunner | null };

let runtime: EmailRuntime | null = null;

// Job handlers receive only { db, log }, yet email jobs need the secret key (to open mailbox
// passwords), DATA_DIR and the job runner. Workers always run in a process that also builds the
// HTTP app, so the app hands them over when it registers the email routes.
export function setEmailRuntime(next: EmailRuntime): void {
  runtime = next;
}

export function getEmailRuntime(): EmailRuntime {
  if (!runtime) throw new Error("the email channel is not initialised in this process");
  return runtime;
}
