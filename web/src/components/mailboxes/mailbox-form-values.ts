import type {
  CreateMailboxBody,
  ImapSettingsBody,
  Mailbox,
  SmtpSettingsBody,
  UpdateMailboxBody,
} from "../../mailbox-api";

export interface MailboxFormValues {
  name: string;
  address: string;
  useImap: boolean;
  imapHost: string;
  imapPort: number | string;
  imapTls: boolean;
  imapUser: string;
  imapPassword: string;
  imapMailbox: string;
  imapMoveTo: string;
  smtpHost: string;
  smtpPort: number | string;
  smtpTls: boolean;
  smtpUser: string;
  smtpPassword: string;
  pollEverySeconds: number | string;
}

export type MailboxField = keyof MailboxFormValues;

/** Where the server reports a problem with each field, as `error.details[].field`. */
export const serverFieldOf: Partial<Record<MailboxField, string>> = {
  name: "name",
  address: "address",
  imapHost: "imap.host",
  imapPort: "imap.port",
  imapUser: "imap.user",
  imapPassword: "imap.password",
  imapMailbox: "imap.mailbox",
  imapMoveTo: "imap.moveTo",
  smtpHost: "smtp.host",
  smtpPort: "smtp.port",
  smtpUser: "smtp.user",
  smtpPassword: "smtp.password",
  pollEverySeconds: "pollEverySeconds",
};

export function valuesFrom(mailbox: Mailbox | null): MailboxFormValues {
  return {
    name: mailbox?.name ?? "",
    address: mailbox?.address ?? "",
    useImap: mailbox ? mailbox.imap !== null : true,
    imapHost: mailbox?.imap?.host ?? "",
    imapPort: mailbox?.imap?.port ?? 993,
    imapTls: mailbox?.imap?.tls ?? true,
    imapUser: mailbox?.imap?.user ?? "",
    imapPassword: "",
    imapMailbox: mailbox?.imap?.mailbox ?? "INBOX",
    imapMoveTo: mailbox?.imap?.moveTo ?? "",
    smtpHost: mailbox?.smtp.host ?? "",
    smtpPort: mailbox?.smtp.port ?? 587,
    smtpTls: mailbox?.smtp.tls ?? true,
    smtpUser: mailbox?.smtp.user ?? "",
    smtpPassword: "",
    pollEverySeconds: mailbox?.pollEverySeconds ?? 60,
  };
}

const numberOf = (value: number | string) => (typeof value === "number" ? value : undefined);

/** Numbers are checked here because an empty number box would otherwise be sent as nothing at all. */
export function missingNumbers(values: MailboxFormValues): Partial<Record<MailboxField, string>> {
  const fields: MailboxField[] = [
    "smtpPort",
    "pollEverySeconds",
    ...(values.useImap ? ["imapPort" as const] : []),
  ];
  return Object.fromEntries(
    fields.filter((field) => typeof values[field] !== "number").map((field) => [field, "Fill this in."]),
  );
}

// missingNumbers has checked the number boxes before anything is built from them.
const checkedNumber = (value: number | string) => value as number;

function imapOf(values: MailboxFormValues): NonNullable<CreateMailboxBody["imap"]> {
  return {
    host: values.imapHost,
    port: checkedNumber(values.imapPort),
    tls: values.imapTls,
    user: values.imapUser,
    password: values.imapPassword,
    mailbox: values.imapMailbox,
    moveTo: values.imapMoveTo.trim() || null,
  };
}

export function createBodyOf(values: MailboxFormValues): CreateMailboxBody {
  return {
    name: values.name,
    address: values.address.trim(),
    imap: values.useImap ? imapOf(values) : undefined,
    smtp: {
      host: values.smtpHost,
      port: checkedNumber(values.smtpPort),
      tls: values.smtpTls,
      user: values.smtpUser.trim() || undefined,
      password: values.smtpPassword || undefined,
    },
    pollEverySeconds: numberOf(values.pollEverySeconds),
  };
}

function changedOnly<T extends object>(next: T, before: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(next).filter(([key, value]) => value !== before[key as keyof T]),
  ) as Partial<T>;
}

// Only what changed is sent: a resent IMAP folder would make the server read it from the start again.
export function updateBodyOf(values: MailboxFormValues, mailbox: Mailbox): UpdateMailboxBody {
  const before = valuesFrom(mailbox);
  const body: UpdateMailboxBody = {};
  if (values.name !== before.name) body.name = values.name;
  const poll = numberOf(values.pollEverySeconds);
  if (poll !== mailbox.pollEverySeconds) body.pollEverySeconds = poll;

  if (!values.useImap && mailbox.imap) body.imap = null;
  if (values.useImap) {
    const { password, ...rest } = imapOf(values);
    const imap: ImapSettingsBody = mailbox.imap ? changedOnly<ImapSettingsBody>(rest, imapOf(before)) : rest;
    // An empty password box keeps the stored password.
    if (password) imap.password = password;
    if (Object.keys(imap).length > 0) body.imap = imap;
  }

  const smtpUser = values.smtpUser.trim() || null;
  const smtp: SmtpSettingsBody = changedOnly(
    { host: values.smtpHost, port: numberOf(values.smtpPort), tls: values.smtpTls, user: smtpUser },
    { host: mailbox.smtp.host, port: mailbox.smtp.port, tls: mailbox.smtp.tls, user: mailbox.smtp.user },
  );
  if (values.smtpPassword) smtp.password = values.smtpPassword;
  // Without a user name there is nothing to log in as, so a stored password would only linger.
  else if (smtpUser === null && mailbox.smtp.hasPassword) smtp.password = null;
  if (Object.keys(smtp).length > 0) body.smtp = smtp;
  return body;
}

// Zod's wording is written for developers; the common cases read better in plain words.
export function plainReason(reason: string): string {
  if (/received (undefined|null)|expected string to have >=1 character/i.test(reason)) return "Fill this in.";
  if (/invalid email/i.test(reason)) return "Enter an email address, like support@example.com.";
  const atLeast = reason.match(/expected number to be >=(\d+)/);
  if (atLeast) return `Use ${atLeast[1]} or more.`;
  const atMost = reason.match(/expected (?:number|string) to (?:be|have) <=(\d+)/);
  if (atMost) return `Use at most ${atMost[1]}.`;
  return reason;
}
