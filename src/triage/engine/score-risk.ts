import type { Priority } from "../../shared/vocabulary";
import type { RiskFactor, RiskWeights, Signal, TriageInput } from "./schema";

// Risk 0–100 is a sum of named, rounded points, so every reason an agent sees adds up to the score.
// What the customer is worth (value, tier, tenure, reach) only counts as far as they are unhappy or
// threatening: a delighted VIP is not a risk.
export interface RiskInputs {
  input: TriageInput;
  unhappiness: number;
  intensity: number;
  signals: Signal[];
  moneyLost: number;
  weights?: RiskWeights;
  now: Date;
}

export interface RiskResult {
  score: number;
  reasons: Array<{ factor: RiskFactor; points: number; detail: string }>;
  priority: Priority;
}

const TIER_POINTS: Array<[RegExp, number]> = [
  [/platinum|vip|diamond|enterprise|elite|top/i, 8],
  [/gold|premium|business|priority|pro/i, 6],
  [/silver|plus|member/i, 3],
];

const PUBLIC_CHANNELS = new Set(["twitter", "facebook", "instagram"]);

function has(signals: Signal[], kind: Signal["kind"]): Signal | undefined {
  return signals.find((s) => s.kind === kind);
}

export function priorityFor(score: number, signals: Signal[]): Priority {
  let priority: Priority = score >= 70 ? "critical" : score >= 45 ? "high" : score >= 20 ? "normal" : "low";
  if (has(signals, "legal_threat") && (priority === "low" || priority === "normal")) priority = "high";
  return priority;
}

type Reason = RiskResult["reasons"][number];

// A module-level function rather than a closure: tsx (keepNames) names every closure as it is created,
// which took a quarter of the scoring time.
function addReason(
  raw: Reason[],
  weights: RiskWeights,
  factor: RiskFactor,
  points: number,
  detail: string,
): void {
  const weighted = points * (weights[factor] ?? 1);
  if (weighted > 0) raw.push({ factor, points: weighted, detail });
}

const NO_WEIGHTS: RiskWeights = {};

export function scoreRisk(options: RiskInputs): RiskResult {
  const { input, unhappiness, intensity, signals, moneyLost, weights = NO_WEIGHTS, now } = options;
  const raw: Reason[] = [];
  addReason(
    raw,
    weights,
    "unhappiness",
    30 * unhappiness,
    `unhappy with probability ${unhappiness.toFixed(2)}`,
  );
  addReason(raw, weights, "intensity", 12 * intensity, `anger intensity ${intensity.toFixed(2)}`);
  if (has(signals, "churn")) addReason(raw, weights, "churn", 15, "threatens to leave");
  if (has(signals, "public_threat")) addReason(raw, weights, "public_threat", 10, "threatens to go public");
  if (has(signals, "legal_threat"))
    addReason(raw, weights, "legal_threat", 15, "mentions legal action or a regulator");
  if (has(signals, "urgency")) addReason(raw, weights, "urgency", 8, "time-critical situation");
  const repeat = has(signals, "repeat_contact");
  const history = input.history;
  if (repeat || (history && (history.priorComplaints > 0 || history.priorInteractions30d > 0))) {
    const fromHistory = history
      ? Math.min(10, 2 * history.priorComplaints + history.priorInteractions30d)
      : 0;
    const saidSo = repeat && repeat.matches.length > 0 ? 5 : 0;
    const parts = [
      saidSo ? "says they have been in touch before" : "",
      history
        ? `${history.priorComplaints} earlier complaints, ${history.priorInteractions30d} contacts in 30 days`
        : "",
    ];
    addReason(
      raw,
      weights,
      "repeat_contact",
      Math.min(12, fromHistory + saidSo),
      parts.filter(Boolean).join("; "),
    );
  }
  if (moneyLost > 0)
    addReason(
      raw,
      weights,
      "money_lost",
      Math.min(10, 4 + 2 * Math.log10(1 + moneyLost)),
      `money at stake: ${moneyLost}`,
    );

  const threatened = signals.some(
    (s) => s.kind === "churn" || s.kind === "public_threat" || s.kind === "legal_threat",
  );
  const stake = Math.max(unhappiness, threatened ? 0.5 : 0);
  const customer = input.customer;
  if (customer?.lifetimeValue && customer.lifetimeValue > 0) {
    const v = customer.lifetimeValue;
    addReason(
      raw,
      weights,
      "customer_value",
      stake * 10 * Math.min(1, Math.log10(1 + v) / 5),
      `lifetime value ${v}`,
    );
  }
  if (customer?.tier) {
    const points = TIER_POINTS.find(([pattern]) => pattern.test(customer.tier!))?.[1] ?? 0;
    addReason(raw, weights, "tier", stake * points, `tier ${customer.tier}`);
  }
  if (customer?.customerSince) {
    const years = (now.getTime() - Date.parse(customer.customerSince)) / (365.25 * 24 * 3600 * 1000);
    if (Number.isFinite(years) && years > 0)
      addReason(raw, weights, "tenure", stake * Math.min(5, years), `customer for ${years.toFixed(1)} years`);
  }
  const isPublic = input.isPublic ?? PUBLIC_CHANNELS.has(input.channel);
  const followers = customer?.followers ?? 0;
  const reach = 10 * Math.min(1, Math.log10(1 + followers) / 6) + (isPublic ? 3 : 0);
  if (reach > 0)
    addReason(
      raw,
      weights,
      "reach",
      stake * reach,
      `${isPublic ? "public post" : "private message"}, ${followers} followers`,
    );
  if (customer?.advocate) addReason(raw, weights, "advocate", stake * 5, "a known advocate of the business");

  return roundToTotal(raw, signals);
}

// Largest-remainder rounding keeps the rounded points summing to the rounded total. Plain arrays of
// numbers on the side: copying each reason with a spread and an override took V8's slow path.
function roundToTotal(raw: Reason[], signals: Signal[]): RiskResult {
  let total = 0;
  for (const r of raw) total += r.points;
  const scale = total > 100 ? 100 / total : 1;
  let missing = Math.round(total * scale);
  const rounded: number[] = [];
  const remainders: number[] = [];
  for (const r of raw) {
    const exact = r.points * scale;
    const floor = Math.floor(exact);
    rounded.push(floor);
    remainders.push(exact - floor);
    missing -= floor;
  }
  if (missing > 0) {
    // stable sort: equal remainders keep the order the factors were added in
    const byRemainder = rounded.map((_, i) => i).sort((x, y) => remainders[y]! - remainders[x]!);
    for (let k = 0; k < byRemainder.length && missing > 0; k++, missing--) rounded[byRemainder[k]!]! += 1;
  }
  const reasons: Reason[] = [];
  let score = 0;
  for (let i = 0; i < raw.length; i++) {
    const points = rounded[i]!;
    if (points <= 0) continue;
    reasons.push({ factor: raw[i]!.factor, points, detail: raw[i]!.detail });
    score += points;
  }
  reasons.sort((x, y) => y.points - x.points);
  return { score, reasons, priority: priorityFor(score, signals) };
}
