import { findTimeExpressions } from "../find-time-expressions";
import type { CoachRule } from "../rule";
import { wholeDocument } from "../text-spans";

// Verbs that report talk or hand-offs rather than something done for the customer.
const notAStep =
  "been|had|got|tried|looked|asked|passed|forwarded|noted|checked|received|seen|heard|read|spoken|raised|logged|escalated|shared|let|made a note|contacted|reached";
// Participles that describe the problem itself ("your parcel was delayed"), not a fix.
const problemParticiple =
  "delayed|damaged|lost|missed|broken|charged|overcharged|double-charged|declined|rejected|frozen|blocked|left|forgotten|ignored|mislaid|misplaced|stuck|held|cancell?ed|sent|delivered|given|told|asked|kept|put|made|caused|affected|disappointed|inconvenienced|upset|let|passed|forwarded|noted|escalated|logged|raised|reported|received|seen|looked|checked|reviewed|flagged|handled|billed|dropped|returned to us|bounced|closed|shut|disconnected|cut";
// Participles that, after "was/has been/is now", report a step done for the customer.
const stepParticiple =
  "(?:re)?(?:refunded|sent|issued|processed|arranged|shipped|booked|scheduled|credited|replaced|dispatched|applied|fixed|corrected|reversed|waived|restored|repaired|reserved|confirmed|cancell?ed|removed|covered|posted|returned|paid|approved|unfrozen|unblocked|unlocked|reactivated|reconnected|reinstated|updated|changed|moved|upgraded|added|released|resolved|sorted(?: out)?|cleared|activated|delivered|collected|installed|reset|rebooked|resent|remade|reissued|re-?sent|transferred|cleaned|emailed|mailed|posted|attached|enclosed|given|put right|set up|written off|back(?: on| in| to)?|on (?:its|their|the) way|in the post|on us)";
const adverbs = String.raw`(?:(?:now|already|just|also|since|all|fully|successfully|today|been)\s+)*`;
// Something already done counts as a concrete step even without a date ("I've refunded the £40",
// "the £15 was refunded today", "engineers restored the line", "the corrected bill is attached").
const doneAction = new RegExp(
  [
    String.raw`\b(?:I|we)(?:'ve|\s+have)\s+(?:now\s+|already\s+|just\s+|also\s+|personally\s+|since\s+)?(?!(?:${notAStep})\b)[a-z-]+\b`,
    String.raw`\b(?:I|we)\s+(?:(?:now|already|just|also|personally|have)\s+)?(?:refunded|credited|reversed|waived|replaced|repaired|fixed|corrected|restored|rebooked|resent|reissued|reinstated|reconnected|unfrozen|unblocked|unlocked|dispatched|reimbursed|compensated|paid|upgraded|cancell?ed the (?:charge|fee|payment))\b`,
    String.raw`\b(?:has|have|is|are|was|were|it's|got)\s+${adverbs}(?:been\s+)?${adverbs}${stepParticiple}\b(?!\s+(?:to\s+the\s+wrong|late|twice|in\s+error|by\s+mistake|without|instead))`,
    String.raw`\b(?:engineers?|technicians?|the team|our team|the courier|a courier|the driver|our driver|a porter|the porter|staff)\s+(?:(?:now|already|have|has|just)\s+)*(?!(?:${problemParticiple})\b)[a-z]+ed\b`,
    String.raw`\b(?:went|goes|went out|is going|are going)\s+(?:out\s+)?(?:to\s+you|back to you|out)\b`,
    String.raw`\b(?:is|are)\s+(?:now\s+)?(?:correct|right|fixed|working|back|live|active|open|normal|up to date)\b`,
    String.raw`\b(?:shows?|reads?|works?|is working)\s+(?:correctly|properly|normally|again|fine|as it should)\b`,
    String.raw`\btracking\s+(?:number|link)\b|\bis\s+on\s+us\b|\bback\s+(?:on|onto|in|into|to)\s+your\b`,
    String.raw`\b(?:was|were|has\s+been|have\s+been|is\s+being|are\s+being)\s+(?:\w+\s+)?(?!(?:${problemParticiple})\b)[a-z]+ed\s+(?:back\s+)?(?:to|onto|into|over\s+to)\s+(?:you|your)\b`,
  ].join("|"),
  "i",
);
// A timeline counts even when it is hedged; the hedge rule reports the hedging.
const looseTimeline =
  /\b(?:in|within|over)\s+(?:(?:about|around|approximately|roughly|some|the next)\s+)?(?:\d+|one|two|three|four|five|six|seven|ten|a few|a couple of)\s+(?:\w+\s+)?(?:minutes?|hours?|days?|weeks?)\b/i;

export const noNextStep: CoachRule = {
  id: "no-next-step",
  description: "A resolution reply without a concrete step taken or a timeline",
  requirement: "R26",
  severity: "warning",
  check: ({ text, input, sentences, now }) => {
    if (input.stage !== "resolution") return [];
    if (doneAction.test(text) || looseTimeline.test(text)) return [];
    if (findTimeExpressions({ text, sentences, now }).some((time) => time.promised)) return [];
    const { start, end } = wholeDocument(text);
    return [
      {
        ruleId: "no-next-step",
        severity: "warning",
        message: "The customer cannot tell what happens next or when.",
        start,
        end,
        suggestion: "Name the step and its time: “I've sent a replacement; it arrives by Thursday.”",
      },
    ];
  },
};
