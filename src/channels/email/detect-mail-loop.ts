export type MailLoopKind = "normal" | "auto_reply" | "bulk" | "bounce";

export interface MailLoopVerdict {
  kind: MailLoopKind;
  /** Which header or rule decided, for the audit trail; empty for normal mail. */
  reason: string;
  bouncedRecipients?: string[];
}

export interface DetectMailLoopOptions {
  /** Header values by lower-case name, unfolded, in message order. */
  headers: Record<string, string[]>;
  fromAddress: string | undefined;
  /** The raw message, read only to pull failed recipients out of a delivery-status report. */
  raw: Buffer;
}

const ADDRESS = /[^\s<>,;:"()[\]]+@[^\s<>,;:"()[\]]+/;

/**
 * Tells whether a message was written by a person. Answering a bounce, an out-of-office or a
 * newsletter starts mail loops and spams customers, so those must never get an automatic reply.
 */
export function detectMailLoop({ headers, fromAddress, raw }: DetectMailLoopOptions): MailLoopVerdict {
  const first = (name: string) => headers[name]?.[0]?.trim();

  const contentType = first("content-type") ?? "";
  const isDeliveryReport =
    /^multipart\/report\b/i.test(contentType) && /report-type\s*=\s*"?delivery-status/i.test(contentType);
  const failedHeader = first("x-failed-recipients");
  const senderLocalPart = fromAddress?.split("@")[0]?.toLowerCase();
  const fromDaemon = senderLocalPart === "mailer-daemon" || senderLocalPart === "postmaster";
  if (isDeliveryReport || failedHeader || fromDaemon) {
    const reason = isDeliveryReport
      ? "Content-Type: multipart/report; report-type=delivery-status"
      : failedHeader
        ? "X-Failed-Recipients header"
        : `sender ${fromAddress}`;
    const recipients = new Set<string>();
    for (const value of headers["x-failed-recipients"] ?? []) {
      for (const part of value.split(",")) addAddress(recipients, part);
    }
    if (isDeliveryReport) for (const address of failedRecipientsFromReport(raw)) recipients.add(address);
    return { kind: "bounce", reason, bouncedRecipients: [...recipients] };
  }

  const autoSubmitted = first("auto-submitted");
  if (autoSubmitted && autoSubmitted.toLowerCase() !== "no") {
    return { kind: "auto_reply", reason: `Auto-Submitted: ${autoSubmitted}` };
  }
  for (const name of ["x-autoreply", "x-autorespond", "x-autoresponder"]) {
    const value = first(name);
    if (value !== undefined && value.toLowerCase() !== "no") {
      return { kind: "auto_reply", reason: `${name}: ${value}` };
    }
  }
  const suppress = first("x-auto-response-suppress");
  if (suppress && /\b(all|oof|autoreply)\b/i.test(suppress)) {
    return { kind: "auto_reply", reason: `X-Auto-Response-Suppress: ${suppress}` };
  }
  const precedence = first("precedence")?.toLowerCase();
  if (precedence === "auto_reply") return { kind: "auto_reply", reason: "Precedence: auto_reply" };
  if (precedence === "bulk" || precedence === "list" || precedence === "junk") {
    return { kind: "bulk", reason: `Precedence: ${precedence}` };
  }
  if (first("list-id") !== undefined) return { kind: "bulk", reason: "List-Id header" };
  if (first("list-unsubscribe") !== undefined) return { kind: "bulk", reason: "List-Unsubscribe header" };
  return { kind: "normal", reason: "" };
}

/** Reads "Final-Recipient"/"Action: failed" groups of a message/delivery-status part (RFC 3464). */
function failedRecipientsFromReport(raw: Buffer): string[] {
  const source = raw.toString("latin1").replace(/\r\n?/g, "\n");
  const start = source.search(/^content-type:\s*message\/(global-)?delivery-status/im);
  if (start === -1) return [];
  const bodyStart = source.indexOf("\n\n", start);
  if (bodyStart === -1) return [];
  const bodyEnd = source.indexOf("\n--", bodyStart);
  const report = source.slice(bodyStart, bodyEnd === -1 ? undefined : bodyEnd).replace(/\n[ \t]+/g, " ");

  const failed = new Set<string>();
  for (const group of report.split(/\n\s*\n/)) {
    const action = /^action:\s*(\S+)/im.exec(group)?.[1]?.toLowerCase();
    const status = /^status:\s*(\d)/im.exec(group)?.[1];
    if (action !== "failed" && !(action === undefined && status === "5")) continue;
    const recipient =
      /^final-recipient:\s*[^;]*;\s*(.+)$/im.exec(group)?.[1] ??
      /^original-recipient:\s*[^;]*;\s*(.+)$/im.exec(group)?.[1];
    if (recipient) addAddress(failed, recipient);
  }
  return [...failed];
}

function addAddress(target: Set<string>, text: string): void {
  const address = ADDRESS.exec(text)?.[0];
  if (address) target.add(address.toLowerCase());
}
