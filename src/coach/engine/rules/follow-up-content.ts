import { findGenuineApologies } from "../find-apologies";
import type { CoachRule } from "../rule";
import type { Finding } from "../schema";
import { wholeDocument } from "../text-spans";

type Element = { name: string; present: (text: string) => boolean; advice: string };

const given =
  /\b(?:refund\w*|credit\w*|voucher|discount|replacement|waived|reimburs\w*|compensat\w*|on\s+us|paid|covered|gave|given|sent|thank\w*|sorry|apolog\w*)\b/i;
const mended =
  /\b(?:fixed|resolved|corrected|repaired|replaced|sorted|retrained|trained|updated|closed|now|since)\b|\b(?:we|I)(?:'ve|\s+have)\b/i;
// A plain account of what happened, in any voice: "Our van was double-booked by our planners",
// "A picking list was printed half-cut", "Our booking screen let two people take the same slot".
const causeClause =
  /^(?:(?:it\s+)?(?:turns?\s+out|it\s+seems)\s+)?(?:our|a|an|the|one\s+of\s+our|some\s+of\s+our|two\s+of\s+our|your)\s+(?:[\w'-]+\s+){0,4}?(?:was|were|had|got|did\s+not|didn't|wasn't|weren't|hadn't|couldn't|let|sent|took|gave|left|put|made|broke|lost|forgot|ran|went|mixed|[a-z]+ed)\b/i;

function describesCause(text: string): boolean {
  return text
    .split(/[.!?;:\n—–]+|,\s*(?:and|but|so|which|then)\b/)
    .map((clause) => clause.trim())
    .some((clause) => causeClause.test(clause) && !given.test(clause) && !mended.test(clause));
}

// Prevention in any words: "won't happen to you again", "which stops a room from being sold twice",
// "so a failing part gets spotted before it cuts anyone off", "we now check … every morning".
const preventionStated = new RegExp(
  [
    String.raw`\b(?:won't|will\s+not|can't|cannot|shouldn't|should\s+not|never|doesn't|does\s+not|isn't|can\s+no\s+longer)\b[^.!?\n]{0,50}?\b(?:again|twice|a\s+repeat)\b`,
    String.raw`\b(?:stops?|stopping|prevents?|preventing|avoids?|blocks?|keeps?)\s+(?:\w+\s+){0,4}?from\s+\w+ing\b`,
    String.raw`\bbefore\s+(?:it|they|this|that|anything|any\s+\w+|a\s+\w+)\s+(?:\w+\s+){0,2}?(?:reach|cut|affect|cause|happen|get|go|leave|hit)\w*`,
    String.raw`\b(?:now|from\s+today|since\s+then)\b[^.!?\n]{0,80}?\b(?:every|each|always|daily|weekly|hourly|twice|automatically|within)\b`,
    String.raw`\b(?:every|each|all)\s+(?:\w+\s+){0,2}?(?:is|are|gets?|will\s+be)\s+now\b`,
    String.raw`\bso\s+(?:that\s+)?(?:\w+\s+){0,6}?(?:can't|cannot|won't|will\s+not|never|can\s+no\s+longer|(?:is|are)\s+(?:always|now)|gets?\s+(?:spotted|caught|checked|flagged|picked\s+up))\b`,
    String.raw`\b(?:added|introduced|put\s+in|set\s+up|built|brought\s+in)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:check|alert|step|safeguard|review|audit|scan|warning|control|double-check|backup|standby)\b`,
  ].join("|"),
  "i",
);

const elements: Element[] = [
  {
    name: "an apology",
    present: (text) => findGenuineApologies(text).length > 0,
    advice: "Say sorry again, for the specific thing that went wrong.",
  },
  {
    name: "what we gave",
    present: (text) =>
      /\b(?:refund(?:ed)?|credit(?:ed)?|voucher|discount|replacement|replaced|waived|free|reimburs\w*|compensat\w*|coupon|points|upgrade[d]?|(?:we|I)(?:'ve| have)?\s+(?:gave|given|sent|issued|applied|added|covered)|on\s+us|money\s+back|paid\s+for|covered|took\s+\S+\s+off|booked\s+you|gave\s+you|offered)\b/i.test(
        text,
      ),
    advice: "Remind them what we gave to make up for it (refund, credit, replacement).",
  },
  {
    name: "what went wrong",
    present: (text) =>
      describesCause(text) ||
      /\b(?:went\s+wrong|was\s+caused|were\s+caused|caused\s+by|the\s+(?:cause|reason|root cause|problem|issue|mistake|error|fault)\s+(?:was|is)|because|due\s+to|turned\s+out|we\s+found\s+that|happened\s+because|(?:our|a)\s+\w+\s+(?:error|mistake|fault|bug|glitch)|wrong(?:ly)?|faulty|broke(?:\s+down)?|broken|failed|misread|mis\w+ed|missed|forgot|without|by mistake|mix-up|incorrect(?:ly)?)\b/i.test(
        text,
      ),
    advice: "Explain plainly what went wrong on our side.",
  },
  {
    name: "how it was fixed",
    present: (text) =>
      /\b(?:we|I|our\s+[\w-]+)\s+(?:then\s+|quickly\s+|have\s+|'ve\s+|since\s+)?(?:fixed|replaced|repaired|corrected|retrained|rebuilt|closed|removed|changed|updated|swapped|reprogrammed|reconfigured)\b/i.test(
        text,
      ) ||
      /\b(?:fixed|resolved|corrected|repaired|sorted(?:\s+out)?|(?:we|I)(?:'ve| have)\s+(?:now\s+)?(?:changed|updated|added|retrained|trained|replaced|introduced|rebuilt|switched|moved|set up|put)|put\s+in\s+place|now\s+(?:always\s+|also\s+)?[a-z-]+|(?:has|have)\s+been\s+[a-z]+ed)\b/i.test(
        text,
      ),
    advice: "Say how we fixed it.",
  },
  {
    name: "why it won't happen again",
    present: (text) =>
      preventionStated.test(text) ||
      /\b(?:(?:won't|will\s+not|shouldn't|should\s+not|can't|cannot|can\s+no\s+longer)\s+happen\s+again|prevent\w*|from\s+now\s+on|going\s+forward|in\s+(?:the\s+)?future|no\s+longer|never\s+again|so\s+that\s+(?:this|it|no)|to\s+(?:make\s+sure|ensure)|safeguard\w*|every\s+(?:order|parcel|booking|account|time)\s+(?:is\s+)?now)\b/i.test(
        text,
      ),
    advice: "Tell them why it won't happen again.",
  },
  {
    name: "a thank-you",
    present: (text) => /\b(?:thank(?:s|\s+you)?|grateful|appreciate[ds]?)\b/i.test(text),
    advice: "Thank them for their patience and for staying with us.",
  },
];

export const followUpContent: CoachRule = {
  id: "follow-up-content",
  description:
    "A follow-up must say sorry, what we gave, what went wrong, how it was fixed, why it won't recur, thank you",
  requirement: "R29",
  severity: "warning",
  check: ({ text, input }) => {
    if (input.stage !== "follow_up") return [];
    const { start, end } = wholeDocument(text);
    return elements
      .filter((element) => !element.present(text))
      .map(
        (element): Finding => ({
          ruleId: "follow-up-content",
          severity: "warning",
          message: `This follow-up is missing ${element.name}.`,
          start,
          end,
          suggestion: element.advice,
        }),
      );
  },
};
