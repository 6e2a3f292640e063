import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Signal, TriageInput } from "./schema";
import { priorityFor, scoreRisk } from "./score-risk";

const now = new Date("2026-06-01T00:00:00Z");
const signal = (kind: Signal["kind"]): Signal => ({ kind, matches: [{ text: kind, start: 0, end: 1 }] });

describe("scoreRisk", () => {
  it("reasons always add up to the score, which stays within 0–100", () => {
    const kinds: Signal["kind"][] = ["churn", "public_threat", "legal_threat", "urgency", "repeat_contact"];
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.subarray(kinds),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.integer({ min: 0, max: 20 }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        (unhappiness, intensity, present, followers, lifetimeValue, priorComplaints, weight) => {
          const input: TriageInput = {
            text: "x",
            channel: "twitter",
            customer: {
              followers,
              lifetimeValue,
              tier: "platinum",
              customerSince: "2010-01-01",
              advocate: true,
            },
            history: { priorInteractions30d: 3, priorComplaints, openCases: 1 },
          };
          const result = scoreRisk({
            input,
            unhappiness,
            intensity,
            signals: present.map(signal),
            moneyLost: 120,
            weights: { churn: weight },
            now,
          });
          expect(result.reasons.reduce((sum, r) => sum + r.points, 0)).toBe(result.score);
          expect(result.score).toBeGreaterThanOrEqual(0);
          expect(result.score).toBeLessThanOrEqual(100);
        },
      ),
    );
  });

  it("lets an organisation weight or switch off a factor", () => {
    const base = {
      input: { text: "x", channel: "email" } as TriageInput,
      unhappiness: 0.9,
      intensity: 0,
      moneyLost: 0,
      now,
    };
    const plain = scoreRisk({ ...base, signals: [signal("churn")] });
    const doubled = scoreRisk({ ...base, signals: [signal("churn")], weights: { churn: 2 } });
    const off = scoreRisk({ ...base, signals: [signal("churn")], weights: { churn: 0 } });
    const points = (r: typeof plain) => r.reasons.find((x) => x.factor === "churn")?.points ?? 0;
    expect(points(plain)).toBe(15);
    expect(points(doubled)).toBe(30);
    expect(points(off)).toBe(0);
  });

  it("does not count a happy customer's value as risk", () => {
    const input: TriageInput = {
      text: "x",
      channel: "email",
      customer: { lifetimeValue: 100_000, tier: "VIP" },
    };
    const happy = scoreRisk({ input, unhappiness: 0.02, intensity: 0, signals: [], moneyLost: 0, now });
    const unhappy = scoreRisk({ input, unhappiness: 0.95, intensity: 0, signals: [], moneyLost: 0, now });
    expect(happy.score).toBeLessThan(3);
    expect(unhappy.score).toBeGreaterThan(40);
    expect(unhappy.reasons.map((r) => r.factor)).toEqual(expect.arrayContaining(["customer_value", "tier"]));
  });

  it("maps scores to priorities and lifts legal threats to at least high", () => {
    expect(priorityFor(10, [])).toBe("low");
    expect(priorityFor(30, [])).toBe("normal");
    expect(priorityFor(50, [])).toBe("high");
    expect(priorityFor(80, [])).toBe("critical");
    expect(priorityFor(10, [signal("legal_threat")])).toBe("high");
  });
});
