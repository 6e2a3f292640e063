import { findGenuineApologies } from "../find-apologies";
import type { CoachRule } from "../rule";
import type { Finding } from "../schema";
import { wholeDocument } from "../text-spans";

type Element = { name: string; present: (text: string) => boolean; advice: string };

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
      /\b(?:went\s+wrong|was\s+caused|were\s+caused|caused\s+by|the\s+(?:cause|reason|root cause|problem|issue|mistake|error|fault)\s+(?:was|is)|because|due\s+to|turned\s+out|we\s+found\s+that|happened\s+because|(?:our|a)\s+\w+\s+(?:error|mistake|fault|bug|glitch)|wrong(?:ly)?|faulty|broke(?:\s+down)?|broken|failed|misread|mis\w+ed|missed|forgot|without|by mistake|mix-up|incorrect(?:ly)?)\b/i.test(
        text,
      ),
    advice: "Explain plainly what went wrong on our side.",
  },
  {
    name: "how it was fixed",
    present: (text) =>
      /\b(?:fixed|resolved|corrected|repaired|sorted(?:\s+out)?|(?:we|I)(?:'ve| have)\s+(?:now\s+)?(?:changed|updated|added|retrained|trained|replaced|introduced|rebuilt|switched|moved|set up|put)|put\s+in\s+place|now\s+(?:always\s+|also\s+)?[a-z-]+|(?:has|have)\s+been\s+[a-z]+ed)\b/i.test(
        text,
      ),
    advice: "Say how we fixed it.",
  },
  {
    name: "why it won't happen again",
    present: (text) =>
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
