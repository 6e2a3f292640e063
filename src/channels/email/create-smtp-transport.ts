import nodemailer from "nodemailer";
import { openSecret } from "./secret-box";
import type { emailChannels } from "./tables";

// tls: implicit TLS on 465, otherwise STARTTLS is required; without tls, plain SMTP (local relays).
export function createSmtpTransport(options: {
  channel: typeof emailChannels.$inferSelect;
  secretKey: string;
}) {
  const { channel } = options;
  const implicit = channel.smtpTls && channel.smtpPort === 465;
  return nodemailer.createTransport({
    host: channel.smtpHost,
    port: channel.smtpPort,
    secure: implicit,
    requireTLS: channel.smtpTls && !implicit,
    ignoreTLS: !channel.smtpTls,
    auth:
      channel.smtpUser && channel.smtpPassword
        ? {
            user: channel.smtpUser,
            pass: openSecret({ secretKey: options.secretKey, sealed: channel.smtpPassword }),
          }
        : undefined,
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout: 60_000,
  });
}
