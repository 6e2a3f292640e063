// Runs one rule the way coachReply does, so each rule's tests exercise it alone.
import { buildRuleContext } from "./coach-reply";
import type { CoachRule } from "./rule";
import { type CoachInput, coachInputSchema, type Finding } from "./schema";

export function runRule(rule: CoachRule, input: Partial<CoachInput> & { text: string }): Finding[] {
  const parsed = coachInputSchema.parse({
    channel: "sms",
    stage: "update",
    now: "2025-03-03T09:00:00Z",
    ...input,
  });
  return rule.check(buildRuleContext(parsed).context);
}

export function flagged(rule: CoachRule, input: Partial<CoachInput> & { text: string }): string[] {
  return runRule(rule, input).map((finding) => input.text.slice(finding.start, finding.end));
}
