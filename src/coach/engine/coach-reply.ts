import { analyseLanguage, type LanguageMessage } from "./analyse-language";
import { fillTemplate, type Replacement, toOriginalOffset, variablesFromContext } from "./fill-template";
import type { RuleContext } from "./rule";
import { coachRules } from "./rule-catalog";
import { type CoachInput, type CoachReport, coachInputSchema, type Finding, type Severity } from "./schema";
import { splitSentences } from "./text-spans";

const pointsPerFinding: Record<Severity, number> = { blocker: 30, warning: 10, hint: 4 };
// One rule firing many times (ten typos) should not sink the score on its own.
const maximumFindingsScoredPerRule = 2;
const severityOrder: Record<Severity, number> = { blocker: 0, warning: 1, hint: 2 };

export function buildRuleContext(input: CoachInput): { context: RuleContext; replacements: Replacement[] } {
  const nextPromise = [...(input.promises ?? [])].sort(
    (a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt),
  )[0];
  const variables = variablesFromContext({
    customer: input.customer,
    caseNumber: input.case?.number,
    nextPromiseDue: nextPromise?.dueAt.slice(0, 10),
    extra: input.variables,
  });
  const filled = fillTemplate({ text: input.text, variables });
  let language: LanguageMessage[] | undefined;
  const context: RuleContext = {
    text: filled.text,
    input: { ...input, variables },
    sentences: splitSentences(filled.text),
    unfilledVariables: filled.unfilled,
    language: () => {
      language ??= analyseLanguage(filled.text);
      return language;
    },
    now: input.now ? new Date(input.now) : new Date(),
  };
  return { context, replacements: filled.replacements };
}

export function coachReply(rawInput: CoachInput): CoachReport {
  const input = coachInputSchema.parse(rawInput);
  const { context, replacements } = buildRuleContext(input);
  const disabled = new Set(input.settings?.disabledRules ?? []);
  const findings: Finding[] = coachRules
    .filter((rule) => !disabled.has(rule.id))
    .flatMap((rule) => rule.check(context))
    .map((finding) => ({
      ...finding,
      start: toOriginalOffset({ offset: finding.start, replacements, edge: "start" }),
      end: toOriginalOffset({ offset: finding.end, replacements, edge: "end" }),
    }))
    .sort((a, b) => a.start - b.start || severityOrder[a.severity] - severityOrder[b.severity]);

  const reasons = scoreReasons(findings);
  const score = Math.max(0, 100 - reasons.reduce((total, reason) => total + reason.points, 0));
  return { score, reasons, findings, filledText: context.text };
}

function scoreReasons(findings: Finding[]): { ruleId: string; points: number }[] {
  const byRule = new Map<string, number[]>();
  for (const finding of findings) {
    const points = byRule.get(finding.ruleId) ?? [];
    points.push(pointsPerFinding[finding.severity]);
    byRule.set(finding.ruleId, points);
  }
  return [...byRule.entries()]
    .map(([ruleId, points]) => ({
      ruleId,
      points: points
        .sort((a, b) => b - a)
        .slice(0, maximumFindingsScoredPerRule)
        .reduce((total, value) => total + value, 0),
    }))
    .sort((a, b) => b.points - a.points);
}
