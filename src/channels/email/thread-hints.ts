import type { ParsedEmail } from "./parse-email";
import { type ReplyTokenClaims, verifyReplyToken } from "./reply-token";

export interface ThreadHints {
  /** Present only when a `reply+<token>@…` recipient carries a token we signed. */
  replyToken?: ReplyTokenClaims;
  inReplyTo: string | null;
  references: string[];
  caseNumberFromSubject?: number;
}

export interface ExtractThreadHintsOptions {
  parsed: Pick<ParsedEmail, "to" | "cc" | "headers" | "inReplyTo" | "references" | "subject">;
  /** When given, only reply addresses at this domain count. */
  ownDomain?: string;
  replyTokenSecret: string | string[];
}

// Any local part: Mend's Reply-To is usually the mailbox's own plus-address (support+<token>@…),
// which every provider routes back to the mailbox. Only a token we signed counts.
const REPLY_ADDRESS = /^[^+@\s]+\+([a-z2-7]+)@(.+)$/i;
const SUBJECT_CASE_NUMBER = [/\[#(\d{1,9})\]/, /\bcase\s*#\s*(\d{1,9})\b/i];

/** Everything in a message that can tie it to an existing case, strongest first; the caller decides. */
export function extractThreadHints({
  parsed,
  ownDomain,
  replyTokenSecret,
}: ExtractThreadHintsOptions): ThreadHints {
  const hints: ThreadHints = { inReplyTo: parsed.inReplyTo, references: parsed.references };

  const candidates = [
    ...parsed.to.map((entry) => entry.address),
    ...parsed.cc.map((entry) => entry.address),
    // The envelope recipient survives even when the customer's client rewrites To/Cc.
    ...(parsed.headers["delivered-to"] ?? []),
    ...(parsed.headers["x-original-to"] ?? []),
  ];
  for (const candidate of candidates) {
    const match = REPLY_ADDRESS.exec(candidate.trim().replace(/^<|>$/g, ""));
    if (!match?.[1] || !match[2]) continue;
    if (ownDomain && match[2].toLowerCase() !== ownDomain.toLowerCase()) continue;
    const claims = verifyReplyToken({ token: match[1], secret: replyTokenSecret });
    if (claims) {
      hints.replyToken = claims;
      break;
    }
  }

  for (const pattern of SUBJECT_CASE_NUMBER) {
    const number = pattern.exec(parsed.subject)?.[1];
    if (number) {
      hints.caseNumberFromSubject = Number(number);
      break;
    }
  }
  return hints;
}
