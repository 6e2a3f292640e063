import type { CoachRule } from "../rule";
import { wholeDocument } from "../text-spans";

const socialChannels = new Set(["twitter", "facebook", "instagram"]);
const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// Without a known name, a greeting followed by a capitalised word (or an @handle) is the best sign.
const namedGreeting =
  /(?:^|\n)\s*(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear|[Tt]hanks|[Tt]hank you|[Gg]ood (?:morning|afternoon|evening))\s*,?\s+(?![Tt]here\b|[Tt]eam\b|[Aa]ll\b|[Ee]veryone\b|[Ff]riend\b|[Ff]olks\b|[Aa]gain\b|[Ss]o\b|[Ff]or\b)(?:@\w+|\p{Lu}\p{Ll}+)/u;

export const missingName: CoachRule = {
  id: "missing-name",
  description: "A social media reply that never uses the customer's name",
  requirement: "R13",
  severity: "warning",
  check: ({ text, input }) => {
    if (!socialChannels.has(input.channel)) return [];
    const firstName = input.customer?.firstName ?? input.customer?.name?.split(/\s+/)[0];
    const named = firstName
      ? new RegExp(`(?<![\\p{L}])${escapeRegExp(firstName)}(?![\\p{L}])`, "iu").test(text)
      : namedGreeting.test(text) || /@\w+/.test(text);
    if (named) return [];
    const { start, end } = wholeDocument(text);
    return [
      {
        ruleId: "missing-name",
        severity: "warning",
        message: "On social media a reply without the customer's name reads like a bot.",
        start,
        end,
        suggestion: firstName
          ? `Greet them by name: “Hi ${firstName}, …”`
          : "Greet the customer by their name.",
      },
    ];
  },
};
