import type { TaxonomyEntry } from "../../shared/vocabulary";
import { type CompiledModel, loadDefaultModel } from "./default-model";
import { detectChurn } from "./detect-churn";
import { detectLanguage } from "./detect-language";
import { detectRepeatContact } from "./detect-repeat-contact";
import { detectLegalThreat, detectPublicThreat } from "./detect-threats";
import { detectUrgency } from "./detect-urgency";
import { extractFeatures } from "./extract-features";
import { findReferences } from "./find-references";
import { measureIntensity } from "./measure-intensity";
import type { OrgModel } from "./org-model-schema";
import { parseMoney } from "./parse-money";
import { predictCause } from "./predict-cause";
import { predictUnhappiness } from "./predict-unhappiness";
import type { RiskWeights, Signal, SignalKind, Span, TriageAnalysis, TriageInput } from "./schema";
import { scoreRisk } from "./score-risk";

export interface AnalyzeMessageOptions {
  input: TriageInput;
  model?: CompiledModel;
  orgModel?: OrgModel;
  taxonomy?: TaxonomyEntry[];
  weights?: RiskWeights;
}

/** "default-2026.11.1+org-17": the default model and how many corrections the organisation made. */
export function modelVersionOf(model: CompiledModel, orgModel?: OrgModel): string {
  return orgModel && orgModel.corrections > 0
    ? `${model.version}+org-${orgModel.corrections}`
    : model.version;
}

const UNCERTAIN_BAND = 0.1;

function addSignal(
  signals: Signal[],
  suppressed: OrgModel["notThreat"],
  kind: SignalKind,
  matches: Span[],
  value?: number,
): void {
  const ignored = suppressed[kind];
  const kept =
    ignored && ignored.length > 0 ? matches.filter((m) => !ignored.includes(m.text.toLowerCase())) : matches;
  if (kept.length > 0 || (value !== undefined && value > 0 && matches.length === 0)) {
    signals.push(value === undefined ? { kind, matches: kept } : { kind, matches: kept, value });
  }
}

export function analyzeMessage(options: AnalyzeMessageOptions): TriageAnalysis {
  const { input, orgModel } = options;
  const model = options.model ?? loadDefaultModel();
  const features = extractFeatures(input.text);
  const text = features.text;
  const language = detectLanguage({ text, tokens: features.tokens });
  const english = language.supported;

  const unhappy = predictUnhappiness({ model, features, orgModel });
  const threshold = model.sentiment.threshold;
  const p = unhappy.probability;
  const label = p >= threshold ? "unhappy" : unhappy.happyShare >= 0.5 ? "happy" : "neutral";
  const uncertain = !english || language.confidence < 0.6 || Math.abs(p - threshold) < UNCERTAIN_BAND;

  const intensity = measureIntensity({ text, tokens: features.tokens, sarcasm: features.sarcasm });
  const money = parseMoney(text);
  const refs = findReferences(text);

  // Word-based detectors only understand English; money, references, shouting and the customer's history
  // work in any language.
  const signals: Signal[] = [];
  const suppressed: OrgModel["notThreat"] = orgModel?.notThreat ?? {};
  if (english) {
    addSignal(signals, suppressed, "churn", detectChurn(text));
    addSignal(signals, suppressed, "public_threat", detectPublicThreat(text));
    addSignal(signals, suppressed, "legal_threat", detectLegalThreat(text));
    addSignal(signals, suppressed, "urgency", detectUrgency(text));
  }
  const priorContacts = input.history?.priorInteractions30d ?? 0;
  addSignal(signals, suppressed, "repeat_contact", english ? detectRepeatContact(text) : [], priorContacts);
  if (money.lost)
    addSignal(
      signals,
      suppressed,
      "money_lost",
      money.spans,
      money.amounts.reduce((sum, a) => sum + a.amount, 0),
    );
  if (refs.references.length > 0) addSignal(signals, suppressed, "reference", refs.spans);

  const cause = predictCause({ model, features, orgModel, taxonomy: options.taxonomy });
  const moneyLost = signals.find((s) => s.kind === "money_lost")?.value ?? 0;
  const now = input.now ? new Date(input.now) : new Date();
  const risk = scoreRisk({
    input,
    unhappiness: p,
    intensity: intensity.score,
    signals,
    moneyLost,
    weights: options.weights,
    now,
  });

  const difficultReasons: string[] = [];
  const abusive = intensity.markers.filter((m) => m.kind === "profanity" || m.kind === "insult");
  if (abusive.length > 0)
    difficultReasons.push(
      `abusive language: ${abusive
        .map((m) => m.text)
        .slice(0, 3)
        .join(", ")}`,
    );
  if (signals.some((s) => s.kind === "legal_threat")) difficultReasons.push("legal threat");
  if (intensity.score >= 0.6) difficultReasons.push(`high anger intensity (${intensity.score.toFixed(2)})`);
  if ((input.history?.priorComplaints ?? 0) >= 3)
    difficultReasons.push(`${input.history!.priorComplaints} earlier complaints`);
  if (signals.some((s) => s.kind === "churn") && signals.some((s) => s.kind === "public_threat")) {
    difficultReasons.push("threatens both to leave and to go public");
  }

  return {
    modelVersion: modelVersionOf(model, orgModel),
    language,
    unhappiness: {
      probability: Math.round(p * 1000) / 1000,
      label,
      uncertain,
      evidence: unhappy.evidence,
    },
    intensity,
    signals,
    money: money.amounts,
    references: refs.references,
    rootCause: {
      key: cause.key,
      label: cause.label,
      fineLabel: cause.fineLabel,
      confidence: cause.confidence,
      alternatives: cause.alternatives,
    },
    risk: { score: risk.score, reasons: risk.reasons },
    priority: risk.priority,
    difficult: difficultReasons.length > 0,
    difficultReasons,
  };
}
