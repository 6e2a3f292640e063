import { findAll, type Span } from "./text-spans";

export type CorporatePhrase = Span & { why: string; better: string };

type Phrase = { pattern: RegExp; why: string; better: string };

// The canned register of customer service: phrases that sound like a form letter, so the customer
// hears that nobody read their message. Each carries why it hurts and what to write instead.
const phrases: Phrase[] = [
  {
    pattern:
      /\b(?:(?:sorry|apologi[sz]e|apologies|regret)\s+(?:for\s+|about\s+)?)?(?:any|the)\s+inconvenience(?!\s+(?:of|to\s+you\s+of)\b)(?:\s+(?:this|that|it)\s+(?:may|might|could|has)\s+(?:have\s+)?caused(?:\s+you)?|\s+caused(?:\s+(?:to\s+you|by\s+[^.!?\n,;]{1,40}))?)?/gi,
    why: "“the inconvenience” is the form-letter apology: it names nothing, so it reads as if nobody looked at what happened",
    better:
      "Say what went wrong in plain words: “I'm sorry we cancelled your Tuesday class without warning.”",
  },
  {
    pattern:
      /\b(?:(?:that|this|it)(?:'s|\s+is|\s+was)\s+(?:(?:just|simply|unfortunately)\s+)?(?:our|company|the\s+company's|the|store|a)\s+polic(?:y|ies)|(?:it'?s|it\s+is)\s+(?:against\s+)?(?:company\s+)?policy|(?:against|per|according\s+to|under|due\s+to)\s+(?:our\s+|the\s+|company\s+|store\s+)*polic(?:y|ies)|(?:our|company|store)\s+polic(?:y|ies)\s+(?:is\s+not\s+to|does\s+not|doesn't|won't|says|states|only|prevents|forbids))\b/gi,
    why: "policy used as the answer defends the company instead of helping; the customer hears “no” and “not my problem”",
    better:
      "Say what you can do within the rule, and why the rule exists if it helps: “I can't refund opened software, but I can swap it for the version that works on your Mac today.”",
  },
  {
    pattern: /\bas\s+per\b/gi,
    why: "“as per” is office jargon that puts distance between us and the customer",
    better: "Write it as you would say it: “as you asked”, “from what I can see”, “under your plan”.",
  },
  {
    pattern:
      /\b(?:kindly\s+(?:note|be\s+(?:advised|informed|noted)|wait|allow|revert|bear\s+with|do\s+the\s+needful|await)|please\s+be\s+(?:advised|informed)|be\s+informed\s+that)\b/gi,
    why: "“kindly note” / “please be advised” is the voice of a notice board, cold and bureaucratic",
    better:
      "Just say it: “Your parcel is with the courier” instead of “Kindly be informed your parcel is with the courier”.",
  },
  {
    pattern:
      /\b(?:we\s+(?:truly\s+|really\s+)?value\s+(?:your\s+(?:business|custom|loyalty|feedback)|you\s+as\s+a\s+(?:customer|client))|(?:dear\s+)?valued\s+(?:customer|client|guest|member)|your\s+(?:call|business|custom|satisfaction|feedback|query|enquiry|inquiry)\s+is\s+(?:very\s+)?(?:important|valuable|precious)(?:\s+to\s+us)?|customer\s+satisfaction\s+is\s+our\s+(?:top\s+|highest\s+|number\s+one\s+)?priority)\b/gi,
    why: "a slogan instead of an answer; after a failure it sounds hollow",
    better:
      "Show it with what you did: “I've refunded the delivery charge and booked the engineer for Thursday.”",
  },
  {
    pattern: /\b(?:we|I)\s+(?:deeply\s+|sincerely\s+)?regret\s+to\s+(?:inform|advise|tell|let)\s+you\b/gi,
    why: "“we regret to inform you” is how bad news is announced by an institution, not told by a person",
    better:
      "Say it directly and take it on: “I'm sorry: your claim wasn't approved, and here is what I can do.”",
  },
  {
    pattern:
      /\b(?:I|we)\s+(?:completely\s+|fully\s+|totally\s+|really\s+|do\s+)?understand\s+(?:your|the)\s+frustration(?!\s+(?:with|about|over|at|of|around|when|that|after)\b)/gi,
    why: "“we understand your frustration” with nothing specific after it tells the customer we did not read what they wrote",
    better:
      "Name what they went through: “Three missed calls in a week would frustrate anyone, and I'm sorry.”",
  },
  {
    pattern:
      /\b(?:(?:sorry|apologi[sz]e|apologies|regret)\s+(?:that|for|if)\s+you\s+(?:have\s+)?(?:experienced|encountered|faced|had|have)\s+(?:an?|any|some|the)\s+(?:issues?|problems?|difficult(?:y|ies)|trouble)|(?:our|my)\s+hands\s+are\s+tied|revert(?:\s+back)?\s+to\s+you|at\s+the\s+earliest|thank(?:s|\s+you)\s+for\s+(?:your\s+)?understanding|(?:your\s+)?(?:request|complaint|feedback)\s+(?:is|has\s+been)\s+(?:duly\s+)?noted|is\s+under\s+process|as\s+(?:stated|set\s+out|outlined)\s+in\s+(?:our|the)\s+(?:terms|conditions|policy))\b/gi,
    why: "it is the stock phrasing of a script, not something a person would say to someone they let down",
    better: "Write as you would talk to them across a desk: what happened, what you did, what happens next.",
  },
];

const unfortunately = /\bunfortunately\b/gi;
const refusal =
  /\b(?:can(?:'t|not)|unable|not\s+(?:possible|able|eligible|covered|available)|won't|isn't|aren't|no\s+longer|nothing|declined|lost|out\s+of\s+(?:warranty|stock)|non-refundable|discontinued|closed|not)\b/i;
// An alternative anywhere in the reply: something we did or will do, or a choice offered.
const alternative =
  /\b(?:instead|alternatively|(?<!nothing\s+|not\s+(?:something|anything)\s+)(?:I|we)(?:'ll|\s+will|\s+can(?!'t|not)|\s+could(?!n't))\s+(?!not\b)\w+|(?:I|we)(?:'ve|\s+have)\s+(?!noted\b|received\b|checked\b|investigated\b)\w+ed\b|what\s+(?:I|we)\s+can|so\s+I(?:'ve|\s+have))\b/i;

export function findCorporatePhrases(text: string): CorporatePhrase[] {
  const found: CorporatePhrase[] = [];
  for (const { pattern, why, better } of phrases) {
    for (const span of findAll(text, pattern)) {
      if (found.some((other) => other.start < span.end && span.start < other.end)) continue;
      found.push({ ...span, why, better });
    }
  }
  if (!alternative.test(text)) {
    for (const span of findAll(text, unfortunately)) {
      const sentenceEnd = text.slice(span.end).search(/[.!?\n]/);
      const rest = text.slice(span.end, sentenceEnd === -1 ? text.length : span.end + sentenceEnd);
      if (!refusal.test(rest)) continue;
      found.push({
        ...span,
        why: "“unfortunately” announces a refusal and then offers nothing in its place",
        better:
          "Lead with what you can do: “That sale price has ended, but I can add a 10 % code to your account now.”",
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
