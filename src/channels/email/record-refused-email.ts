import { type IngestResult, ingestMessage } from "../../intake/ingest-message";
import type { Db, Tx } from "../../platform/db/client";
import type { JobRunner } from "../../platform/jobs/define-job";
import { queueRefusalNotice } from "./queue-refusal-notice";
import type { emailChannels } from "./tables";

type Channel = typeof emailChannels.$inferSelect;

const describeReason: Record<string, (size: number, limit: number) => string> = {
  too_large: (size, limit) =>
    `it is ${megabytes(size)}, over the ${megabytes(limit)} limit, and was not downloaded`,
  too_many_parts: () => "it has too many MIME parts to read safely",
  malformed: () => "it could not be read",
};

// A refused mail still leaves a trace on the sender's case, so the agent knows something came in,
// and the sender may be told (within the per-case cap on automatic mail).
export async function recordRefusedEmail(options: {
  db: Db;
  jobs: JobRunner;
  channel: Channel;
  from: { name?: string; address: string };
  subject: string | null;
  messageId: string | null;
  fallbackId: string;
  size: number;
  reason: "too_large" | "too_many_parts" | "malformed";
  receivedAt: Date;
  onStored?: (tx: Tx, result: IngestResult) => Promise<void>;
}): Promise<IngestResult> {
  const { channel } = options;
  const why = (describeReason[options.reason] ?? describeReason.malformed!)(
    options.size,
    channel.maxMessageBytes,
  );
  const result = await ingestMessage({
    db: options.db,
    orgId: channel.orgId,
    actor: null,
    message: {
      channel: "email",
      externalId: options.messageId ?? `refused:${options.fallbackId}`,
      receivedAt: options.receivedAt.toISOString(),
      from: { name: options.from.name?.slice(0, 200) || undefined, email: options.from.address },
      subject: options.subject?.slice(0, 500) || undefined,
      text: `An email from ${options.from.address} was refused: ${why}.`,
    },
    email: {
      html: null,
      messageId: options.messageId,
      references: [],
      details: {
        channelId: channel.id,
        from: options.from.address,
        refused: { reason: options.reason, size: options.size, limit: channel.maxMessageBytes },
      },
    },
    onStored: options.onStored,
  });
  if (!result.duplicate) {
    await queueRefusalNotice({
      db: options.db,
      jobs: options.jobs,
      channel,
      caseId: result.caseId,
      reason: why,
    });
  }
  return result;
}

function megabytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
