import type { CoachRule } from "../rule";
import { findAll, type Span, sentenceContaining } from "../text-spans";

// "Obviously not good enough from us": "obviously" aimed at our own failing is not talking down.
const ownFailing =
  /\b(?:not\s+(?:good\s+enough|acceptable|ok(?:ay)?|right)|unacceptable|(?:our|my)\s+(?:fault|mistake|error)|on\s+us|from\s+us|(?:we|I)\s+(?:got|should|let|made|messed|dropped|failed)|let\s+you\s+down|wrong\s+of\s+us)\b/i;

function selfCritical(text: string, sentences: Span[], span: Span): boolean {
  if (!/^obviously$/i.test(span.text)) return false;
  const sentence = sentenceContaining(sentences, span.start);
  const rest = sentence ? text.slice(span.start, sentence.end) : "";
  return ownFailing.test(rest.slice(0, 60));
}

const condescending =
  /\b(?:obviously|clearly you|as\s+(?:is\s+|was\s+)?(?:clearly|plainly|explicitly|already)\s+(?:stated|explained|shown|set\s+out|written|mentioned|outlined|marked|detailed|laid\s+out|indicated|noted)|as\s+(?:stated|explained|shown|set\s+out|written|mentioned|outlined|marked|detailed|laid\s+out|indicated|noted)\s+(?:very\s+|quite\s+)?(?:clearly|plainly|explicitly)|(?:which|this|that|it)\s+(?:is|was)\s+(?:very\s+|quite\s+)?(?:clearly|plainly)\s+(?:stated|explained|shown|set\s+out|written|marked|printed|displayed)|as\s+I'?(?:'m|\s+am)\s+sure\s+you(?:'re|\s+are|'ll|\s+will|\s+can)?\s+(?:already\s+)?(?:aware|know|knew|understand|appreciate|remember|realise|realize|see|have\s+(?:read|seen|noticed))|as\s+you\s+(?:are|were|will\s+be)\s+(?:no\s+doubt\s+|surely\s+|well\s+|already\s+)?aware|as\s+you\s+(?:well\s+|surely\s+|already\s+|no\s+doubt\s+)+know|(?:explain|say|repeat|tell\s+you|go\s+(?:over|through))\s+(?:this|it|that)?\s*(?:one\s+more\s+time|once\s+more|once\s+again|again\s+for\s+you|for\s+the\s+(?:last|second|third)\s+time)|(?:I'?ll|let\s+me|I\s+will)\s+(?:try\s+to\s+)?(?:explain|put)\s+(?:this|it)\s+(?:more\s+)?(?:simply|slowly|in\s+simple\s+terms)|as\s+(?:you\s+)?(?:should|must|ought to|may|might)\s+(?:already\s+)?(?:know|be aware|have (?:read|seen|noticed|known))|as\s+(?:everyone|anyone)\s+(?:knows|can see)|calm\s+down|relax,|settle\s+down|there(?:'s| is)\s+no\s+need\s+to\s+(?:shout|be rude|get upset|panic)|it'?s\s+(?:really\s+|very\s+|quite\s+|pretty\s+)?(?:simple|easy|not (?:that )?(?:hard|difficult|complicated))|if\s+you(?:\s+had|'d|\s+would\s+have)\s+(?:\w+\s+)?(?:read|checked|looked|listened)|as\s+you(?:'d|\s+would)\s+(?:know|have\s+(?:seen|read|known))|(?:I'?ve|I\s+have|we'?ve|we\s+have)\s+(?:already\s+)?(?:said|explained|told\s+you)\s+(?:this|it|that)\s+(?:twice|(?:three|several|many|a\s+few)\s+times|more\s+than\s+once)|did\s+you\s+(?:even\s+)?(?:read|try|bother|check)|(?:you\s+)?(?:need|have)\s+to\s+understand\s+that|I'?m\s+sure\s+you\s+(?:can|will)\s+understand|with\s+all\s+(?:due\s+)?respect|no\s+offen[cs]e|common\s+sense|let\s+me\s+(?:explain|say)\s+(?:this|it)\s+(?:again|slowly|one more time)|for\s+the\s+(?:last|second|third|hundredth)\s+time|you\s+(?:seem|appear)\s+to\s+(?:have\s+)?(?:misunderstood|be confused)|(?:just|simply)\s+(?:read|follow|click)\s+the\s+(?:instructions|manual|faq|link))\b/gi;

export const condescension: CoachRule = {
  id: "condescension",
  description: "Disdain or talking down: “obviously”, “as you should know”, “calm down”",
  requirement: "R15",
  severity: "blocker",
  check: ({ text, sentences }) =>
    findAll(text, condescending)
      .filter((span) => !selfCritical(text, sentences, span))
      .map((span) => ({
        ruleId: "condescension",
        severity: "blocker",
        message: `“${span.text}” talks down to the customer.`,
        start: span.start,
        end: span.end,
        suggestion: "Explain as to a respected equal; assume they had good reason to ask.",
      })),
};
