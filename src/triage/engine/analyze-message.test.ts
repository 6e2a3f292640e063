import { describe, expect, it } from "vitest";
import { analyzeMessage } from "./analyze-message";
import { triageAnalysisSchema } from "./schema";

const analyse = (text: string, extra: Partial<Parameters<typeof analyzeMessage>[0]["input"]> = {}) =>
  analyzeMessage({ input: { text, channel: "email", ...extra } });

describe("analyzeMessage", () => {
  it("produces a complete, schema-valid analysis with the default model's version", () => {
    const analysis = analyse(
      "I've called three times and my refund of $80 for order #A55120 is still missing. Cancel my account!!",
    );
    expect(triageAnalysisSchema.parse(analysis)).toEqual(analysis);
    expect(analysis.modelVersion).toBe("default-2026.11.1");
    expect(analysis.unhappiness.label).toBe("unhappy");
    expect(analysis.signals.map((s) => s.kind)).toEqual(
      expect.arrayContaining(["churn", "repeat_contact", "money_lost", "reference"]),
    );
    expect(analysis.money).toEqual([{ amount: 80, currency: "USD", text: "$80" }]);
    expect(analysis.references).toContainEqual({ kind: "order", value: "A55120" });
    expect(analysis.risk.reasons.reduce((sum, r) => sum + r.points, 0)).toBe(analysis.risk.score);
  });

  it("reads a happy message as happy and low risk", () => {
    const analysis = analyse("Thank you so much, the team was wonderful and everything arrived early!");
    expect(analysis.unhappiness.label).toBe("happy");
    expect(analysis.unhappiness.probability).toBeLessThan(0.2);
    expect(analysis.priority).toBe("low");
  });

  it("catches sarcasm that the words alone would read as praise", () => {
    const analysis = analyse("great, another delay");
    expect(analysis.unhappiness.label).toBe("unhappy");
    expect(analysis.intensity.markers.map((m) => m.kind)).toContain("sarcasm");
  });

  it("undoes the airline publisher's rewrites before reading", () => {
    const rewritten = analyse("@united my flight is Late Flight again and nobody tells us anything");
    const original = analyse("@united my flight is late again and nobody tells us anything");
    expect(rewritten.unhappiness.probability).toBe(original.unhappiness.probability);
  });

  it("flags a message not in English as uncertain but still parses money and references", () => {
    const analysis = analyse(
      "Hola, me cobraron 250 euros dos veces por el pedido nº 88123 y nadie me contesta",
    );
    expect(analysis.language.code).toBe("es");
    expect(analysis.language.supported).toBe(false);
    expect(analysis.unhappiness.uncertain).toBe(true);
    expect(analysis.money[0]).toMatchObject({ amount: 250, currency: "EUR" });
  });

  it("counts repeat contact from the customer's history even when the text is silent", () => {
    const analysis = analyse("Where is my package?", {
      history: { priorInteractions30d: 4, priorComplaints: 2, openCases: 1 },
    });
    const repeat = analysis.signals.find((s) => s.kind === "repeat_contact");
    expect(repeat?.value).toBe(4);
    expect(analysis.risk.reasons.map((r) => r.factor)).toContain("repeat_contact");
  });

  it("marks abusive or legally threatening customers as difficult (specialist pool)", () => {
    const abusive = analyse("You useless idiots lost my bag AGAIN. My lawyer will hear about this.");
    expect(abusive.difficult).toBe(true);
    expect(abusive.difficultReasons.join(" ")).toMatch(/abusive language/);
    expect(abusive.difficultReasons).toContain("legal threat");
    expect(analyse("Could you tell me when my order ships?").difficult).toBe(false);
  });

  it("gives more risk to a public post by a widely followed long-time customer", () => {
    const text = "Really disappointed, my order arrived broken.";
    const quiet = analyzeMessage({ input: { text, channel: "email" } });
    const loud = analyzeMessage({
      input: {
        text,
        channel: "twitter",
        isPublic: true,
        customer: { followers: 250_000, lifetimeValue: 20_000, tier: "gold", customerSince: "2015-03-01" },
        now: "2026-01-01T00:00:00Z",
      },
    });
    expect(loud.risk.score).toBeGreaterThan(quiet.risk.score + 15);
    expect(loud.risk.reasons.map((r) => r.factor)).toEqual(
      expect.arrayContaining(["reach", "customer_value", "tier", "tenure"]),
    );
  });

  it("uses the organisation's taxonomy for the root cause", () => {
    const analysis = analyzeMessage({
      input: { text: "I was charged twice on my bill and want a refund", channel: "email" },
      taxonomy: [
        { key: "billing", label: "Money matters" },
        { key: "other", label: "Something else" },
      ],
    });
    expect(analysis.rootCause).toMatchObject({ key: "billing", label: "Money matters" });
  });
});
