import { describe, expect, it } from "vitest";
import { coachFixtureSchema } from "./eval-fixture";
import { measureRules } from "./measure-rules";

const fixture = (value: Record<string, unknown>) => coachFixtureSchema.parse(value);

describe("measureRules", () => {
  it("counts hits, misses and unexpected findings per rule", () => {
    const { rules, overall, mistakes } = measureRules({
      fixtures: [
        fixture({
          id: "hit",
          text: "Obviously it is late.",
          channel: "sms",
          stage: "update",
          must: ["condescension"],
        }),
        fixture({
          id: "miss",
          text: "It is late.",
          channel: "sms",
          stage: "update",
          must: ["condescension"],
        }),
        fixture({ id: "extra", text: "Calm down.", channel: "sms", stage: "update" }),
      ],
    });
    const condescension = rules.find((rule) => rule.ruleId === "condescension");
    expect(condescension).toMatchObject({ truePositives: 1, falseNegatives: 1, falsePositives: 1 });
    expect(overall.truePositives).toBe(1);
    expect(mistakes.map((mistake) => mistake.fixtureId)).toEqual(["miss", "extra"]);
  });
});
