import type { CoachRule } from "../rule";
import { findAll, overlaps, wordsBefore } from "../text-spans";

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

// Any request that the customer do a chore: fill, print, post, call, visit, bring, send back, pay…
// Talking to us ("call us", "tell me", "send us a photo") is ordinary fact-finding, not a chore.
const chore = [
  "print",
  String.raw`fill\s+(?:(?:it|them|this|that|the|our|a|an|your)\s+(?:[\w-]+\s+){0,2}?)?(?:in|out)`,
  "download",
  String.raw`pack(?:\s+up)?`,
  String.raw`(?:post|mail|courier)\s+(?:it|them|the|this|that|your|back|us)`,
  String.raw`drop\s+(?:off|(?:it|them|the\s+\w+|this|that|your\s+\w+)\s+(?:off|at|in|into|to))`,
  String.raw`take\s+(?:it|them|the|this|that|your)\b[^.!?\n]{0,30}?\b(?:to|into)\b`,
  String.raw`bring\s+(?:(?:it|them|this|that|the\s+[\w-]+|your\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:back\s+)?(?:in|into|to|down|along\s+to|round)\b|(?:your\s+|a\s+|the\s+)?(?:receipts?|proof|(?:photo\s+)?id\b|identification|passport|documents?))`,
  "visit",
  String.raw`come\s+(?:in|into|to|down|over|back\s+(?:in|into|to\s+(?:the|our)))`,
  String.raw`pop\s+(?:in|into|to|over|down|by|it|them|the)`,
  String.raw`(?:go|head)\s+(?:to|into|down\s+to|back\s+to|over\s+to)\s+(?:\w+\s+){0,3}?(?:branch|store|shop|office|reception|desk|counter|post\s+office|depot|airport|centre|center|station|website|site|portal)`,
  String.raw`(?:call|ring|phone|contact|get\s+in\s+touch\s+with|reach\s+out\s+to|speak\s+(?:to|with)|chase)(?!\s+(?:us|me|back|anytime|any\s+time|if|whenever)\b)`,
  "pay",
  String.raw`cover\s+(?:the|any|your)`,
  String.raw`(?:send|ship|return|email|e-mail)\s+(?:it|them|the\s+(?:\w+\s+)?(?:item|items|product|parcel|package|goods|device|order|form|claim|box|unit|router|dress|shoes?)|back|(?:it|them)\s+back)`,
  String.raw`return\s+(?:the|this|that|your)`,
  String.raw`re-?submit|submit\s+(?:a|an|the|your|another)`,
  String.raw`sign(?!\s+(?:in|into|on)\b)`,
  "scan|upload|re-?enter|re-?install|reinstall|re-?register|register|re-?apply|re-?order",
  String.raw`(?:log|raise|file|lodge|make)\s+(?:a|an|another)\s+(?:new\s+)?(?:claim|ticket|complaint|dispute|request|case)`,
  String.raw`(?:provide|show)\s+(?:(?:us|me)\s+)?(?:your\s+|a\s+|the\s+)?(?:proof|receipts?|(?:photo\s+)?id\b|identification|evidence|documents?|passport|original)`,
  String.raw`complete\s+(?:a|an|the|our|this|it|another)`,
  String.raw`start\s+(?:again|over)|restart\s+the\s+(?:process|claim|order)`,
].join("|");
const asker = String.raw`(?:please|kindly|just|simply|you(?:'ll|\s+will|'d|\s+would)?\s+(?:also\s+|first\s+)?(?:need|have|be\s+required|be\s+asked|be\s+expected)\s+to|you\s+(?:must|should)|we(?:'ll|\s+will|'d|\s+would)?\s+need\s+you\s+to|we\s+(?:ask|require)\s+(?:that\s+)?you(?:\s+to)?|I'?d\s+(?:ask|need)\s+you\s+to|(?:could|can|would|will)\s+you(?:\s+please)?|if\s+you\s+(?:could|can)|all\s+you\s+(?:need|have)\s+to\s+do\s+is|(?:the\s+)?(?:only\s+|next\s+)?step\s+is\s+to|you\s+are\s+required\s+to)`;
const requestedChore = new RegExp(
  String.raw`\b${asker}\s+(?:(?:first|then|also|just|simply|kindly|quickly)\s+)*(?:${chore})\b|(?<=^|[.!?:;]\s*|\n\s*)(?:(?:then|and|just|simply)\s+)?(?:${chore})\b(?=\s+(?:the|a|an|our|your|it|them|this|that|in|out|off|any|up|\d|£|\$|€))`,
  "gi",
);
// Chores stated as requirements without a subject: "the form must be signed", "photo ID is required".
// A fee named with its amount or said to apply: "a £6.50 postage charge will be added".
const feeApplies =
  /(?:[£$€]\s?\d[\d.,]*\s+|\b(?!(?:the|this|that|a|an|any|no|our|your|its|their)\b)[a-z-]+\s+)(?:fee|charge|surcharge)s?\s+(?:will\s+(?:be\s+(?:added|applied|charged|taken|deducted)|apply)|applies|(?:is|are)\s+payable)\b/gi;
const requiredChore =
  /\b(?:must|will\s+need\s+to|needs?\s+to|has\s+to|have\s+to)\s+be\s+(?:printed|filled\s+(?:in|out)|completed|signed|posted|returned|sent\s+back|brought|paid|submitted|collected\s+by\s+you)\b|\b(?:proof\s+of\s+(?:purchase|identity|address)|(?:photo\s+)?ID|your\s+receipts?|the\s+original\s+receipt|a\s+signed\s+form)\s+(?:is|are|will\s+be)\s+(?:required|needed|necessary)\b/gi;

// "You don't need to print anything or pay postage": a negation earlier in the same clause.
const clauseNegation =
  /\b(?:(?:don't|do\s+not|won't|will\s+not|doesn't|does\s+not|shouldn't|never|not)\s+(?:\w+\s+){0,2}?(?:need|have|required|necessary|asked|expected)|no\s+need|needn't|need\s+not|without|nothing\s+(?:for\s+you\s+)?to\s+do|there's\s+no\s+need)\b/i;

// Up to four words before a span, within its own clause ("the replacement is free, though a £6.50
// postage charge…" is not waived by "free").
function clauseWordsBefore(text: string, offset: number): string[] {
  const before = text.slice(Math.max(0, offset - 60), offset);
  const clause = before.slice(Math.max(before.search(/[^,.!?;:\n—–]*$/), 0));
  return wordsBefore(clause, clause.length, 4);
}

function negatedInClause(text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - 120), offset);
  const clauseStart = Math.max(before.search(/[^.!?;:\n—–]*$/), 0);
  return clauseNegation.test(before.slice(clauseStart));
}

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
    const named = extraWork.flatMap((pattern) => findAll(text, pattern));
    // The named cases keep their precise span; the general chore request fills the gaps. A
    // "refund"/"covered" just before cancels a fee ("we refunded the fee"), not a chore ("to claim
    // the refund, please fill in…"), so chores rely on the clause negation check instead.
    const fees = findAll(text, feeApplies).filter((fee) => !named.some((span) => overlaps(span, fee)));
    const chores = [requestedChore, requiredChore]
      .flatMap((pattern) => findAll(text, pattern))
      .filter((chore) => !named.some((span) => overlaps(span, chore)));
    const spans = [...named, ...chores, ...fees].sort((a, b) => a.start - b.start);
    return spans
      .filter(
        (span) =>
          chores.includes(span) || !clauseWordsBefore(text, span.start).some((word) => negations.has(word)),
      )
      .filter((span) => !negatedInClause(text, span.start))
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
