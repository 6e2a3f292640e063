import { describe, expect, it } from "vitest";
import { analyzeMessage } from "./analyze-message";
import { learnFromCorrection } from "./learn-from-correction";
import { createOrgModel, orgModelSchema } from "./org-model-schema";

const analyse = (text: string, orgModel?: ReturnType<typeof createOrgModel>) =>
  analyzeMessage({ input: { text, channel: "email" }, orgModel });

describe("learnFromCorrection", () => {
  it("changes this organisation's next prediction on similar text and no one else's", () => {
    // in this business "sick" is praise (a skate shop's regulars)
    const text = "that deck is sick, the grip tape is insane";
    const before = analyse(text).unhappiness.probability;
    let mine = createOrgModel();
    mine = learnFromCorrection({ orgModel: mine, text, correction: { unhappy: false } });
    const theirs = createOrgModel();
    const similar = "the new deck is sick and the wheels are insane";
    expect(analyse(similar, mine).unhappiness.probability).toBeLessThan(
      analyse(similar).unhappiness.probability - 0.1,
    );
    expect(analyse(similar, theirs).unhappiness.probability).toBe(analyse(similar).unhappiness.probability);
    expect(analyse(text, mine).unhappiness.probability).toBeLessThan(before);
    expect(analyse(text, mine).modelVersion).toBe("default-2026.11.1+org-1");
  });

  it("keeps what the default knows on unrelated text", () => {
    let org = createOrgModel();
    for (const text of ["that deck is sick", "sick wheels dude", "this board is sick"]) {
      org = learnFromCorrection({ orgModel: org, text, correction: { unhappy: false } });
    }
    const angry = "I was charged twice, nobody answers and I want a refund now";
    expect(analyse(angry, org).unhappiness.label).toBe("unhappy");
  });

  it("learns a cause label the default model never knew", () => {
    let org = createOrgModel();
    const examples = [
      "the espresso machine needs descaling again",
      "descaling the espresso machine failed twice",
      "my espresso machine shows the descale light",
    ];
    for (const text of examples)
      org = learnFromCorrection({ orgModel: org, text, correction: { cause: "descaling" } });
    expect(org.cause.labels).toEqual(["descaling"]);
    const analysis = analyse("espresso machine says descale again", org);
    expect(analysis.rootCause.fineLabel).toBe("descaling");
    expect(analysis.rootCause.key).toBe("other");
    expect(orgModelSchema.parse(JSON.parse(JSON.stringify(org)))).toEqual(org);
  });

  it("stops flagging a phrase an agent marked as not a threat, for that organisation only", () => {
    const text = "I'll tell everyone how great the new menu is";
    expect(analyse(text).signals.map((s) => s.kind)).toContain("public_threat");
    const org = learnFromCorrection({
      orgModel: createOrgModel(),
      text,
      correction: { notThreat: "public_threat" },
    });
    expect(analyse(text, org).signals.map((s) => s.kind)).not.toContain("public_threat");
    expect(analyse("I'll tell everyone about this scam", org).signals.map((s) => s.kind)).not.toContain(
      "public_threat",
    );
    expect(analyse("posting this on Yelp", org).signals.map((s) => s.kind)).toContain("public_threat");
  });

  it("does not mutate the state it was given", () => {
    const org = createOrgModel();
    learnFromCorrection({ orgModel: org, text: "fine", correction: { unhappy: true } });
    expect(org).toEqual(createOrgModel());
  });
});
