import { coachReply } from "../engine/coach-reply";
import { coachRules } from "../engine/rule-catalog";
import type { CoachFixture } from "./eval-fixture";
import { fixtureNow } from "./eval-fixture";

export type RuleScore = {
  ruleId: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
};
export type Mistake = {
  fixtureId: string;
  ruleId: string;
  kind: "false positive" | "false negative";
  detail: string;
};
export type Measurement = { rules: RuleScore[]; overall: RuleScore; mistakes: Mistake[] };

export function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 1 : numerator / denominator;
}

export function measureRules(options: { fixtures: CoachFixture[] }): Measurement {
  const scores = new Map(
    coachRules.map((rule) => [
      rule.id,
      { ruleId: rule.id, truePositives: 0, falsePositives: 0, falseNegatives: 0 },
    ]),
  );
  const mistakes: Mistake[] = [];
  for (const fixture of options.fixtures) {
    const { id, must, allow, note: _note, mustNot: _mustNot, ...input } = fixture;
    const report = coachReply({ ...input, now: input.now ?? fixtureNow });
    const fired = new Map<string, string>();
    for (const finding of report.findings)
      if (!fired.has(finding.ruleId)) fired.set(finding.ruleId, finding.message);
    for (const score of scores.values()) {
      const expected = must.includes(score.ruleId);
      const firedMessage = fired.get(score.ruleId);
      if (expected && firedMessage) score.truePositives += 1;
      else if (expected) {
        score.falseNegatives += 1;
        mistakes.push({
          fixtureId: id,
          ruleId: score.ruleId,
          kind: "false negative",
          detail: fixture.text.slice(0, 90),
        });
      } else if (firedMessage && !allow.includes(score.ruleId)) {
        score.falsePositives += 1;
        mistakes.push({ fixtureId: id, ruleId: score.ruleId, kind: "false positive", detail: firedMessage });
      }
    }
  }
  const rules = [...scores.values()];
  const overall = rules.reduce(
    (total, score) => ({
      ruleId: "overall",
      truePositives: total.truePositives + score.truePositives,
      falsePositives: total.falsePositives + score.falsePositives,
      falseNegatives: total.falseNegatives + score.falseNegatives,
    }),
    { ruleId: "overall", truePositives: 0, falsePositives: 0, falseNegatives: 0 },
  );
  return { rules, overall, mistakes };
}
