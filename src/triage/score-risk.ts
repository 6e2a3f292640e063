import type { Priority, RiskFactor, RiskWeights, Signal, TriageInput } from "./schema";

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

export function scoreRisk(options: RiskInputs): RiskResult {
  const { input, unhappiness, intensity, signals, moneyLost, weights = {}, now } = options;
  const raw: Array<{ factor: RiskFactor; points: number; detail: string }> = [];
  const add = (factor: RiskFactor, points: number, detail: string) => {
    const weighted = points * (weights[factor] ?? 1);
    if (weighted > 0) raw.push({ factor, points: weighted, detail });
  };
  add("unhappiness", 30 * unhappiness, `unhappy with probability ${unhappiness.toFixed(2)}`);
  add("intensity", 12 * intensity, `anger intensity ${intensity.toFixed(2)}`);
  if (has(signals, "churn")) add("churn", 15, "threatens to leave");
  if (has(signals, "public_threat")) add("public_threat", 10, "threatens to go public");
  if (has(signals, "legal_threat")) add("legal_threat", 15, "mentions legal action or a regulator");
  if (has(signals, "urgency")) add("urgency", 8, "time-critical situation");
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
    add("repeat_contact", Math.min(12, fromHistory + saidSo), parts.filter(Boolean).join("; "));
  }
  if (moneyLost > 0)
    add("money_lost", Math.min(10, 4 + 2 * Math.log10(1 + moneyLost)), `money at stake: ${moneyLost}`);

  const threatened = signals.some(
    (s) => s.kind === "churn" || s.kind === "public_threat" || s.kind === "legal_threat",
  );
  const stake = Math.max(unhappiness, threatened ? 0.5 : 0);
  const customer = input.customer;
  if (customer?.lifetimeValue && customer.lifetimeValue > 0) {
    const v = customer.lifetimeValue;
    add("customer_value", stake * 10 * Math.min(1, Math.log10(1 + v) / 5), `lifetime value ${v}`);
  }
  if (customer?.tier) {
    const points = TIER_POINTS.find(([pattern]) => pattern.test(customer.tier!))?.[1] ?? 0;
    add("tier", stake * points, `tier ${customer.tier}`);
  }
  if (customer?.customerSince) {
    const years = (now.getTime() - Date.parse(customer.customerSince)) / (365.25 * 24 * 3600 * 1000);
    if (Number.isFinite(years) && years > 0)
      add("tenure", stake * Math.min(5, years), `customer for ${years.toFixed(1)} years`);
  }
  const isPublic = input.isPublic ?? PUBLIC_CHANNELS.has(input.channel);
  const followers = customer?.followers ?? 0;
  const reach = 10 * Math.min(1, Math.log10(1 + followers) / 6) + (isPublic ? 3 : 0);
  if (reach > 0)
    add("reach", stake * reach, `${isPublic ? "public post" : "private message"}, ${followers} followers`);
  if (customer?.advocate) add("advocate", stake * 5, "a known advocate of the business");

  const total = raw.reduce((sum, r) => sum + r.points, 0);
  const scale = total > 100 ? 100 / total : 1;
  // largest-remainder rounding keeps the rounded points summing to the rounded total
  const target = Math.round(total * scale);
  const scaled = raw.map((r) => ({ ...r, exact: r.points * scale, points: Math.floor(r.points * scale) }));
  let missing = target - scaled.reduce((sum, r) => sum + r.points, 0);
  for (const r of [...scaled].sort((x, y) => y.exact - y.points - (x.exact - x.points))) {
    if (missing <= 0) break;
    r.points += 1;
    missing -= 1;
  }
  const reasons = scaled
    .filter((r) => r.points > 0)
    .map(({ factor, points, detail }) => ({ factor, points, detail }))
    .sort((x, y) => y.points - x.points);
  const score = reasons.reduce((sum, r) => sum + r.points, 0);
  return { score, reasons, priority: priorityFor(score, signals) };
}
