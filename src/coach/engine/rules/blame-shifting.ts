import type { CoachRule } from "../rule";
import type { Finding } from "../schema";
import { findAll, overlaps } from "../text-spans";

type BlamePattern = {
  pattern: RegExp;
  severity: Finding["severity"];
  why: string;
  better: string;
  // Naming who slipped is an explanation, not blame, once the reply owns the mistake.
  excusedByOwnership?: boolean;
};

// "Our warehouse team packed the wrong colour" owns the slip; "our supplier" still passes it on.
const ourOwnPeople =
  /^our\s+(?:[\w-]+\s+)?(?:warehouse|department|team|staff|kitchen|store|branch|office|people)\b/i;

const ownership =
  /\b(?:we|I)\s+(?:got\s+(?:this|it|that)\s+wrong|take\s+(?:full\s+)?responsibility|chose\s+(?:them|the|that)|should\s+have|let\s+you\s+down)\b|\b(?:that|this|it)(?:'s|\s+is|\s+was)\s+(?:entirely\s+|all\s+|completely\s+)?(?:on\s+us|on\s+me|our\s+(?:mistake|fault|error|responsibility|doing))\b|\b(?:is|was)\s+(?:entirely\s+)?our\s+(?:mistake|fault|error|responsibility)\b/i;

const thirdParty = String.raw`(?:the\s+|our\s+|your\s+|my\s+|a\s+|one\s+of\s+(?:our|my|the)\s+)?(?:(?:logistics|delivery|courier|shipping|payment|technology|tech|IT|cleaning|catering|security|booking|travel|local|external|outside)\s+)?(?:new\s+|other\s+|previous\s+|junior\s+|local\s+)?(?:colleagues?|co-?workers?|team\s*mates?|(?:other|previous|last)\s+agent|trainee|temp|contractors?|sub-?contractors?|(?:ground\s+)?handl(?:ers?|ing\s+(?:team|staff|agent|company))|airport(?:\s+staff)?|airline|partner(?:\s+company)?|installer|engineering\s+partner|landlord|network\s+operator|the\s+(?:\w+\s+)?team\s+at\s+the\s+\w+|suppliers?|courier|carrier|delivery (?:company|driver|partner|service)|shipping (?:company|partner)|postal service|post office|postman|driver|ups|fedex|dhl|usps|royal mail|supplier|manufacturer|warehouse|vendor|third[- ]party|(?:an)?other department|other team|bank|payment provider)`;

const patterns: BlamePattern[] = [
  {
    pattern:
      /\b(?:you\s+(?:should|must|could)\s+have|you\s+(?:didn't|did not|failed to|forgot to|neglected to|never)\s+(?:read|check|follow|include|provide|enter|select|specify|tell|notice|update|confirm|contact|mention|fill)|(?:it\s+(?:was|is)\s+)?your\s+(?:own\s+)?(?:fault|mistake|error|responsibility)|because\s+you\s+(?:didn't|did not|entered|chose|selected|ordered|gave|typed)|you\s+(?:entered|provided|gave|typed|selected|chose|used|picked|booked|ordered|clicked|ticked|put|wrote|sent|supplied|input|filled\s+in)\s+(?:in\s+|us\s+)?(?:the\s+|an?\s+|your\s+)?(?:wrong|incorrect|invalid|old|outdated|expired)|user\s+error)\b|\b(?:the|your)\s+(?:\w+\s+){0,2}?(?:that\s+|which\s+)?you\s+(?:had\s+)?(?:entered|gave|provided|typed|supplied|chose|selected|picked|put|wrote|used|filled\s+in|gave\s+us|sent(?:\s+us)?)\s+(?:\w+\s+){0,3}?(?:was|were|is|are|had|did\s+not|didn't|wasn't|weren't)\s+(?:\w+\s+)?(?:wrong|incorrect|invalid|missing|incomplete|out\s+of\s+date|outdated|not\s+valid|expired|blank|a\s+typo)|\bbecause\s+(?:of\s+)?(?:you|your)\s+(?:\w+\s+){0,2}?(?:entered|gave|typed|selected|chose|ordered|forgot|missed|didn't|did\s+not|wasn't|weren't|was\s+(?:wrong|incorrect|missing)|mistake|error|typo)/gi,
    severity: "blocker",
    why: "it blames the customer",
    better: "Own the outcome: “We should have caught that — here is what I've done.”",
  },
  {
    pattern: new RegExp(
      String.raw`\b${thirdParty}\b[^.!?\n,;]{0,60}?\b(?:fault|mistake|error|to blame|lost|delayed|damaged|messed up|mishandled|dropped|is responsible|was responsible|responsibility|caused|failed|screwed up|mislaid|misplaced|misread|misrouted|mixed up|forgot|forgotten|wrong|bad|faulty|defective|broken|broke|overbooked|didn't|did not|never|still learning|new to|not us|not our|mis[a-z]+ed)\b|\b(?:caused|created)\s+by\s+${thirdParty}\b|\b(?:fault|error|mistake|problem)\s+(?:of|with|on the part of|lies with)\s+${thirdParty}\b`,
      "gi",
    ),
    severity: "warning",
    why: "it passes the blame to someone else; to the customer we are the ones who let them down",
    excusedByOwnership: true,
    better: "Take it on: “We chose that courier, so this is on us.”",
  },
  {
    pattern: new RegExp(
      String.raw`\b(?:(?:it'?s|it is|that'?s|that is|this is|this was|it was)\s+(?:not|never)\s+(?:our|my)\s+(?:fault|responsibility|problem|doing)|(?:out of|beyond|outside(?: of)?)\s+our\s+control|nothing\s+(?:we|I)\s+(?:can|could)\s+(?:do|have done)|our hands are tied|not (?:something|anything) (?:we|I) (?:can|could) control|,\s*(?:and\s+|but\s+)?not\s+(?:us|by\s+us|we|our\s+(?:team|staff|doing|fault))|(?:that|this|it)\s+was\s+(?:down\s+to\s+|because\s+of\s+)?${thirdParty}(?:'s)?(?:\s+(?:fault|mistake|error|doing))?(?=[\s,.;:!?—–-]|$))`,
      "gi",
    ),
    severity: "warning",
    why: "it denies our part in what happened",
    better: "Say what we can do, and own what went wrong.",
  },
  {
    pattern:
      /\bthe\s+system\s+(?:did|didn't|does|doesn't|won't|wouldn't|can't|cannot|is|was|must|made|automatically|failed|went|had|sent|flagged|cancell?ed|rejected|charged|lost|glitched|error)\b|\b(?:computer|system)\s+(?:error|glitch)\b/gi,
    severity: "warning",
    why: "“the system” sounds like no one is responsible",
    better: "Say “we” — “we charged you twice, and I've reversed it.”",
  },
  {
    pattern:
      /\b(?:(?:company|our|store|strict|standard)\s+)?polic(?:y|ies)\b[^.!?\n]{0,40}?\b(?:states?|says?|doesn't allow|does not allow|prevents?|requires?|won't allow|forbids?|prohibits?|only allows?|dictates?)\b|\b(?:against|per|according to|as per|under|due to)\s+(?:our\s+|the\s+|company\s+|store\s+)*polic(?:y|ies)\b|\bunable to\b[^.!?\n]{0,40}?\bpolicy\b|\brules are rules\b/gi,
    severity: "warning",
    why: "hiding behind policy sounds defensive",
    better: "Explain what you can do for them instead of what the rules forbid.",
  },
  {
    pattern:
      /\b(?:as\s+(?:I|we)\s+(?:have\s+)?(?:already\s+)?(?:said|mentioned|stated|explained|told you|noted)|like\s+I\s+(?:said|told you)|I\s+(?:already|previously)\s+(?:told|explained|said)|as\s+(?:previously|already)\s+(?:stated|mentioned|explained)|as\s+per\s+my\s+(?:last|previous)\s+(?:email|message|reply))\b/gi,
    severity: "warning",
    why: "it sounds impatient and defensive",
    better: "Restate the point kindly, without pointing back to earlier messages.",
  },
  {
    pattern:
      /(?<!\b(?:I|we)(?:'ve|\s+have|'ll|\s+will|\s+can|\s+could|'m|\s+am|'re|\s+are)?\s+)\bactually\b(?!\s+(?:happened|went wrong|took place))|\bto be fair\b|\bin our defen[cs]e\b|\btechnically\b/gi,
    severity: "warning",
    why: "it reads as correcting or arguing with the customer",
    better: "Drop it and state the facts warmly.",
  },
];

export const blameShifting: CoachRule = {
  id: "blame-shifting",
  description: "Blaming the customer, a courier, “the system” or “policy”, or sounding defensive",
  requirement: "R12",
  severity: "warning",
  check: ({ text }) => {
    const findings: Finding[] = [];
    const owned = ownership.test(text);
    for (const { pattern, severity, why, better, excusedByOwnership } of patterns) {
      if (excusedByOwnership && owned) continue;
      for (const span of findAll(text, pattern)) {
        if (findings.some((other) => overlaps(other, span))) continue;
        if (excusedByOwnership && ourOwnPeople.test(span.text)) continue;
        findings.push({
          ruleId: "blame-shifting",
          severity,
          message: `“${span.text}”: ${why}.`,
          start: span.start,
          end: span.end,
          suggestion: better,
        });
      }
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};
