import type { SignalKind, TextSpan, ThreatKind, TriageAnalysis } from "./api-types";

export const signalLabels: Record<SignalKind, string> = {
  churn: "May leave",
  public_threat: "May go public",
  legal_threat: "Legal action or a regulator",
  safety: "Safety or health",
  repeat_contact: "Has written before",
  urgency: "Urgent",
  money_lost: "Money lost",
  reference: "Reference",
};

export const signalColors: Record<SignalKind, string> = {
  churn: "red",
  public_threat: "orange",
  legal_threat: "grape",
  safety: "red",
  repeat_contact: "yellow",
  urgency: "orange",
  money_lost: "clay",
  reference: "gray",
};

export const threatKinds: readonly ThreatKind[] = ["churn", "public_threat", "legal_threat", "safety"];

export function isThreat(kind: SignalKind): kind is ThreatKind {
  return (threatKinds as readonly string[]).includes(kind);
}

export const unhappinessLabels: Record<TriageAnalysis["unhappiness"]["label"], string> = {
  unhappy: "Unhappy",
  neutral: "Neutral",
  happy: "Happy",
};

export const unhappinessColors: Record<TriageAnalysis["unhappiness"]["label"], string> = {
  unhappy: "red",
  neutral: "gray",
  happy: "teal",
};

export const riskFactorLabels: Record<string, string> = {
  unhappiness: "How unhappy they are",
  intensity: "How strongly they say it",
  churn: "Threat to leave",
  public_threat: "Threat to go public",
  legal_threat: "Legal action or a regulator",
  safety: "Safety or health",
  repeat_contact: "Repeat contact",
  urgency: "Urgency",
  money_lost: "Money lost",
  customer_value: "Customer value",
  tier: "Tier",
  tenure: "How long they've been a customer",
  reach: "Reach",
  advocate: "Advocate",
};

export const intensityLabels: Record<string, string> = {
  capitals: "Capitals",
  punctuation: "Punctuation",
  profanity: "Swearing",
  insult: "Insult",
  elongation: "Stretched words",
  angry_emoji: "Angry emoji",
  sarcasm: "Sarcasm",
};

/** Old interactions carry no analysis, or one from before triage had this shape. */
export function readAnalysis(value: unknown): TriageAnalysis | null {
  if (typeof value !== "object" || value === null) return null;
  const candidate = value as Partial<TriageAnalysis>;
  if (typeof candidate.modelVersion !== "string") return null;
  if (!candidate.unhappiness || !candidate.risk || !candidate.rootCause || !candidate.language) return null;
  if (!Array.isArray(candidate.signals) || !Array.isArray(candidate.money)) return null;
  if (!candidate.intensity || !Array.isArray(candidate.intensity.markers)) return null;
  return candidate as TriageAnalysis;
}

export function percent(probability: number): string {
  return `${Math.round(probability * 100)}%`;
}

export function isUnsure(analysis: TriageAnalysis): boolean {
  return analysis.unhappiness.uncertain || !analysis.language.supported;
}

export function formatMoney(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat(undefined, { style: "currency", currency }).format(amount);
  } catch {
    // An unknown currency code is still worth showing as the customer wrote it.
    return `${amount} ${currency}`;
  }
}

export type HighlightKind = "signal" | "intensity";

export interface Highlight extends TextSpan {
  kind: HighlightKind;
  label: string;
}

/** Spans to mark in the message, in order, with overlaps dropped so the text reads once. */
export function highlightsOf(analysis: TriageAnalysis, textLength: number): Highlight[] {
  const all: Highlight[] = [
    ...analysis.signals.flatMap((signal) =>
      signal.matches.map((match) => ({
        ...match,
        kind: "signal" as const,
        label: signalLabels[signal.kind] ?? signal.kind,
      })),
    ),
    ...analysis.intensity.markers.map((marker) => ({
      ...marker,
      kind: "intensity" as const,
      label: intensityLabels[marker.kind] ?? marker.kind,
    })),
  ].filter((span) => span.start >= 0 && span.end > span.start && span.end <= textLength);
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Highlight[] = [];
  for (const span of all) {
    const last = kept.at(-1);
    if (!last || span.start >= last.end) kept.push(span);
  }
  return kept;
}
