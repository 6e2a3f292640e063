import type { CoachRule } from "../rule";
import { findAll, wordsBefore } from "../text-spans";

const extraWork = [
  /\byou(?:'ll| will)?\s+(?:need|have|be required|be asked)\s+to\s+(?:pay|cover|call|phone|contact|visit|go|come|fill|complete|print|re-?submit|submit|re-?order|reorder|bring|send|ship|post|mail|return|take|download|reinstall|re-?enter|register|open|drive|wait|chase|sign up|provide proof|raise)\b/gi,
  /\byou\s+must\s+(?:pay|call|contact|visit|go|come|fill|complete|print|submit|re-?submit|re-?order|bring|send|ship|post|return|take|register|open)\b/gi,
  /\b(?:please\s+)?(?:return|ship|send|post|mail|bring|take)\s+(?:it|them|the\s+(?:item|items|product|parcel|package|order|device|goods))\s+back\b[^.!?\n]{0,40}?\b(?:at your (?:own )?(?:cost|expense)|yourself)\b/gi,
  /\bat\s+your\s+(?:own\s+)?(?:cost|expense)\b/gi,
  /\b(?:shipping|return|restocking|handling|service|processing|admin(?:istration)?|cancellation|delivery|call-?out|change)\s+(?:fee|charge|cost)s?\s+(?:of\s+[£$€]?\d[\d.,]*|will\s+(?:apply|be\s+(?:added|charged|due))|applies|apply|is\s+(?:payable|due|charged)|are\s+(?:payable|due|charged))/gi,
  /\b(?:(?:will|would)\s+be\s+charged|there(?:'s| is| will be)\s+a\s+(?:small\s+)?(?:fee|charge)|(?:pay|paying)\s+(?:for\s+the|the\s+difference|extra|an?\s+extra|a\s+fee))\b/gi,
  /\b(?:contact|call|reach out to|get in touch with|chase|speak to)\s+(?:the\s+|your\s+)?(?:courier|carrier|manufacturer|bank|card issuer|supplier|ups|fedex|dhl|post office|delivery company|insurer)\b/gi,
  /\b(?:fill\s+(?:out|in)|complete|submit)\s+(?:a|the|our|another)\s+(?:new\s+)?(?:form|claim|ticket|request|complaint)\b/gi,
  /\bopen\s+a\s+new\s+(?:ticket|case|request)\b|\bplace\s+a\s+new\s+order\b/gi,
];

const negations = new Set([
  "no",
  "not",
  "don't",
  "won't",
  "never",
  "without",
  "needn't",
  "nothing",
  "free",
  "waive",
  "waived",
  "refunded",
  "refund",
  "covered",
  "cover",
]);

export const customerEffort: CoachRule = {
  id: "customer-effort",
  description: "Asks the customer to do extra work or to pay",
  requirement: "R21",
  severity: "warning",
  check: ({ text }) => {
    const spans = extraWork.flatMap((pattern) => findAll(text, pattern)).sort((a, b) => a.start - b.start);
    return spans
      .filter((span) => !wordsBefore(text, span.start, 4).some((word) => negations.has(word)))
      .filter((span) => !/\b(?:waived|free|no charge|at no)\b/i.test(text.slice(span.end, span.end + 25)))
      .filter(
        (span, index, all) =>
          all.findIndex((other) => other.start <= span.start && span.start < other.end) === index,
      )
      .map((span) => ({
        ruleId: "customer-effort",
        severity: "warning",
        message: `“${span.text.trim()}” puts work or cost on the customer for our mistake.`,
        start: span.start,
        end: span.end,
        suggestion: "Do it for them: arrange the pickup, waive the fee, or contact the third party yourself.",
      }));
  },
};
