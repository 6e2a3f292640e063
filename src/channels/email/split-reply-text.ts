export interface SplitReplyText {
  /** What the sender wrote this time: no quoted history, no signature. */
  newText: string;
  quotedText: string;
  signature: string;
}

// "On Tue, 3 Mar 2025 at 10:00, Jane <jane@example.com> wrote:" and its common translations; some
// languages put the sender after the verb ("Am … schrieb Jane <jane@example.com>:").
const ATTRIBUTION_VERB =
  /(^|\s)(wrote|schrieb|a écrit|escribió|ha scritto|schreef|skrev|napisał|написал\(а\)|написал|написала)(\s|:)/i;
const ATTRIBUTION_START = /^(On|Am|Le|El|Il|Op|Den|Dnia|W dniu|\d{1,4}[./-]\d{1,2}[./-]\d{1,4})\b/i;
const ORIGINAL_MESSAGE =
  /^-{2,}\s*(Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original)\s*-{2,}$/i;
const OUTLOOK_RULE = /^_{10,}$/;
const HEADER_FROM = /^\*?(From|Von|De|Van|Da|Od|От)\s*:\*?\s+\S/i;
const HEADER_SENT =
  /^\*?(Sent|Date|Gesendet|Datum|Envoyé|Enviado|Inviato|Verzonden|Wysłano|Отправлено)\s*:\*?\s+\S/i;
const FORWARD_MARKER = /^-{2,}\s*Forwarded message\s*-{2,}$/i;

const MOBILE_SIGNATURE =
  /^(Sent from my .{1,40}|Sent from (Mail|Outlook|Yahoo Mail|Gmail|ProtonMail)\b.{0,40}|Get Outlook for .{1,30}|Sent via .{1,40}|Envoyé de mon .{1,40}|Von meinem .{1,40} gesendet)$/i;
const CLOSING = /^((best|kind|warm|many)\s+)?(regards|thanks|thank you|wishes|cheers|sincerely|best),?!?$/i;
const MAX_CLOSING_TAIL_LINES = 4;
const MAX_CLOSING_TAIL_LENGTH = 60;

/** Separates the new words of a plain-text reply from the history and signature it carries. */
export function splitReplyText({ text }: { text: string }): SplitReplyText {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const historyStart = findHistoryStart(lines);
  const ownLines = lines.slice(0, historyStart);
  const quoted: string[] = [];
  const fresh: string[] = [];
  for (const line of ownLines) {
    // Interleaved "> " quotes stay out of the new text even when the sender answers between them.
    if (/^\s*>/.test(line)) quoted.push(line);
    else fresh.push(line);
  }
  quoted.push(...lines.slice(historyStart));

  const signatureStart = findSignatureStart(fresh);
  return {
    newText: tidy(fresh.slice(0, signatureStart)),
    quotedText: tidy(quoted),
    signature: tidy(fresh.slice(signatureStart)),
  };
}

function findHistoryStart(lines: string[]): number {
  for (let index = 0; index < lines.length; index += 1) {
    const line = (lines[index] ?? "").trim();
    if (ORIGINAL_MESSAGE.test(line) || FORWARD_MARKER.test(line)) return index;
    if (isAttribution(lines, index)) return index;
    if (OUTLOOK_RULE.test(line) && startsHeaderBlock(lines, index + 1)) return index;
    if (HEADER_FROM.test(line) && startsHeaderBlock(lines, index) && isBlankOrStart(lines, index))
      return index;
  }
  return lines.length;
}

/** Gmail wraps long attributions, so "On … wrote:" may span up to three lines. */
function isAttribution(lines: string[], index: number): boolean {
  const first = (lines[index] ?? "").trim();
  if (!ATTRIBUTION_START.test(first)) return false;
  let joined = first;
  for (let offset = 0; offset < 3; offset += 1) {
    if (offset > 0) {
      const next = (lines[index + offset] ?? "").trim();
      if (!next) return false;
      joined = `${joined} ${next}`;
    }
    if (joined.length > 300) return false;
    // Real attributions carry a date or time; "On Monday I wrote:" in the customer's own words does not.
    if (joined.endsWith(":") && /\d/.test(joined) && ATTRIBUTION_VERB.test(joined)) return true;
  }
  return false;
}

/** An Outlook header block: "From:" followed within a few lines by "Sent:"/"Date:". */
function startsHeaderBlock(lines: string[], index: number): boolean {
  let fromSeen = false;
  for (let offset = 0; offset < 5; offset += 1) {
    const line = (lines[index + offset] ?? "").trim();
    if (!line && !fromSeen) continue;
    if (HEADER_FROM.test(line)) fromSeen = true;
    else if (fromSeen && HEADER_SENT.test(line)) return true;
  }
  return false;
}

function isBlankOrStart(lines: string[], index: number): boolean {
  return index === 0 || !(lines[index - 1] ?? "").trim();
}

function findSignatureStart(lines: string[]): number {
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    const line = lines[index] ?? "";
    if (line === "-- " || line === "--" || line === "—") return index;
  }
  for (let index = 0; index < lines.length; index += 1) {
    if (MOBILE_SIGNATURE.test((lines[index] ?? "").trim())) return index;
  }
  return findClosingStart(lines);
}

/** "Thanks,\nJane Doe" at the very end: a closing followed only by a few short lines (name, title). */
function findClosingStart(lines: string[]): number {
  let end = lines.length;
  while (end > 0 && !(lines[end - 1] ?? "").trim()) end -= 1;
  for (let index = end - 1; index >= 0 && end - index - 1 <= MAX_CLOSING_TAIL_LINES; index -= 1) {
    const line = (lines[index] ?? "").trim();
    if (CLOSING.test(line)) return index > 0 ? index : lines.length;
    if (line.length > MAX_CLOSING_TAIL_LENGTH) break;
  }
  return lines.length;
}

function tidy(lines: string[]): string {
  return lines
    .join("\n")
    .replace(/^\s*\n/, "")
    .trimEnd();
}
