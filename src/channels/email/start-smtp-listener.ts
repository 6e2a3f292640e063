import { and, eq, sql } from "drizzle-orm";
import type { Logger } from "pino";
import { SMTPServer } from "smtp-server";
import type { Config } from "../../config";
import type { Db } from "../../platform/db/client";
import type { JobRunner } from "../../platform/jobs/define-job";
import { ingestEmail } from "./ingest-email";
import { emailChannels } from "./tables";

const MAX_SMTP_BYTES = 32 * 1024 * 1024;

// Optional inbound SMTP: mail for any connected mailbox address (or its plus-addresses) is taken
// in and goes down the same path as IMAP and the webhook; everything else is refused at RCPT TO,
// so Mend is never an open relay.
export async function startSmtpListener(options: {
  db: Db;
  config: Config;
  jobs: JobRunner;
  log: Logger;
  port: number;
  host: string;
}): Promise<{ port: number; close: () => Promise<void> }> {
  const { db, config, jobs, log } = options;
  const findChannel = async (address: string) => {
    const base = address.toLowerCase().replace(/\+[^@]*@/, "@");
    const [channel] = await db
      .select()
      .from(emailChannels)
      .where(and(eq(emailChannels.enabled, true), eq(sql`lower(${emailChannels.address})`, base)))
      .orderBy(emailChannels.createdAt)
      .limit(1);
    return channel ?? null;
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH"],
    size: MAX_SMTP_BYTES,
    logger: false,
    onRcptTo(address, _session, callback) {
      findChannel(address.address)
        .then((channel) =>
          channel
            ? callback()
            : callback(Object.assign(new Error("No such mailbox here"), { responseCode: 550 })),
        )
        .catch((error: Error) => callback(Object.assign(error, { responseCode: 451 })));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", callback);
      stream.on("end", () => {
        if ((stream as unknown as { sizeExceeded?: boolean }).sizeExceeded) {
          callback(Object.assign(new Error("Message too large"), { responseCode: 552 }));
          return;
        }
        const raw = Buffer.concat(chunks);
        (async () => {
          const seen = new Set<string>();
          for (const recipient of session.envelope.rcptTo) {
            const channel = await findChannel(recipient.address);
            if (!channel || seen.has(channel.id)) continue;
            seen.add(channel.id);
            await ingestEmail({ db, config, jobs, channel, raw });
          }
        })()
          .then(() => callback())
          .catch((error: Error) => {
            log.error({ err: error }, "inbound SMTP message failed");
            // 451: the sending server keeps the message and tries again later.
            callback(Object.assign(new Error("Temporary failure, try again later"), { responseCode: 451 }));
          });
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  server.on("error", (error) => log.warn({ err: error }, "SMTP listener error"));
  const address = server.server.address();
  return {
    port: typeof address === "object" && address ? address.port : options.port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
