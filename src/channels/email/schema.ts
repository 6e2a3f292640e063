import { z } from "zod";
import type { emailChannels } from "./tables";

const host = z.string().trim().min(1).max(253);
const port = z.number().int().min(1).max(65535);

// Factories, so the create schema's defaults can never leak into the update schema.
const imapFields = () => ({
  host,
  port,
  tls: z.boolean(),
  user: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(1000),
  mailbox: z.string().trim().min(1).max(200),
  moveTo: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .nullable()
    .describe("folder for processed mail; default: flag as seen"),
});
const smtpFields = () => ({
  host,
  port,
  tls: z.boolean(),
  user: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(1000),
});

export const imapSettingsSchema = z.object({
  ...imapFields(),
  tls: z.boolean().default(true),
  mailbox: imapFields().mailbox.default("INBOX"),
  moveTo: imapFields().moveTo.optional(),
});

export const smtpSettingsSchema = z.object({
  ...smtpFields(),
  tls: z.boolean().default(true),
  user: smtpFields().user.optional(),
  password: smtpFields().password.optional(),
});

export const createEmailChannelBody = z
  .object({
    name: z.string().trim().min(1).max(200),
    address: z
      .email()
      .max(254)
      .transform((a) => a.toLowerCase()),
    imap: imapSettingsSchema.optional().describe("omit for a webhook-only or SMTP-listener mailbox"),
    smtp: smtpSettingsSchema,
    pollEverySeconds: z.number().int().min(60).max(86_400).default(60),
    maxMessageBytes: z
      .number()
      .int()
      .min(1024)
      .max(50 * 1024 * 1024)
      .optional(),
  })
  .meta({
    example: {
      name: "Support",
      address: "support@acme.test",
      imap: {
        host: "imap.acme.test",
        port: 993,
        tls: true,
        user: "support@acme.test",
        password: "app-password",
      },
      smtp: {
        host: "smtp.acme.test",
        port: 465,
        tls: true,
        user: "support@acme.test",
        password: "app-password",
      },
      pollEverySeconds: 60,
    },
  });
export type CreateEmailChannelBody = z.infer<typeof createEmailChannelBody>;

// Passwords left out keep their stored value; null clears an optional SMTP password.
export const updateEmailChannelBody = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    enabled: z.boolean().optional(),
    // No defaults here: a field left out must stay as it is.
    imap: z.object(imapFields()).partial().nullable().optional(),
    smtp: z
      .object({
        ...smtpFields(),
        user: smtpFields().user.nullable(),
        password: smtpFields().password.nullable(),
      })
      .partial()
      .optional(),
    pollEverySeconds: z.number().int().min(60).max(86_400).optional(),
    maxMessageBytes: z
      .number()
      .int()
      .min(1024)
      .max(50 * 1024 * 1024)
      .optional(),
  })
  .meta({ example: { enabled: false } });
export type UpdateEmailChannelBody = z.infer<typeof updateEmailChannelBody>;

export const emailChannelResponse = z.object({
  id: z.uuid(),
  name: z.string(),
  address: z.string(),
  enabled: z.boolean(),
  imap: z
    .object({
      host: z.string(),
      port: z.number(),
      tls: z.boolean(),
      user: z.string(),
      hasPassword: z.boolean(),
      mailbox: z.string(),
      moveTo: z.string().nullable(),
    })
    .nullable(),
  smtp: z.object({
    host: z.string(),
    port: z.number(),
    tls: z.boolean(),
    user: z.string().nullable(),
    hasPassword: z.boolean(),
  }),
  pollEverySeconds: z.number(),
  maxMessageBytes: z.number(),
  webhookUrl: z.string(),
  lastPolledAt: z.string().nullable(),
  lastPollError: z.string().nullable(),
  createdAt: z.string(),
});

export const channelIdParams = z.object({ id: z.uuid() });

// Secrets never leave the server: only whether one is set.
export function toEmailChannelResponse(row: typeof emailChannels.$inferSelect, publicUrl: string) {
  return {
    id: row.id,
    name: row.name,
    address: row.address,
    enabled: row.enabled,
    imap: row.imapHost
      ? {
          host: row.imapHost,
          port: row.imapPort ?? 993,
          tls: row.imapTls,
          user: row.imapUser ?? row.address,
          hasPassword: Boolean(row.imapPassword),
          mailbox: row.imapMailbox,
          moveTo: row.imapMoveTo,
        }
      : null,
    smtp: {
      host: row.smtpHost,
      port: row.smtpPort,
      tls: row.smtpTls,
      user: row.smtpUser,
      hasPassword: Boolean(row.smtpPassword),
    },
    pollEverySeconds: row.pollEverySeconds,
    maxMessageBytes: row.maxMessageBytes,
    webhookUrl: `${publicUrl}/inbound/email/${row.id}`,
    lastPolledAt: row.lastPolledAt?.toISOString() ?? null,
    lastPollError: row.lastPollError,
    createdAt: row.createdAt.toISOString(),
  };
}
