import { describe, expect, it } from "vitest";
import { coachReply } from "../coach/engine/coach-reply";
import { knownVariables, listVariables } from "../coach/engine/fill-template";
import { demoTemplates } from "./demo-templates";

const slots: Record<string, string> = {
  "[WHAT HAPPENED]": "the jacket that arrived with a broken zip",
  "[WHAT I AM CHECKING]": "whether we have another in your size at the Leeds warehouse",
  "[TIME TODAY]": "4pm today",
  "[WHAT WE GOT WRONG]": "we sent your jacket with a broken zip",
  "[THE FIX]":
    "a new jacket left our warehouse this morning by express, and the courier will collect the faulty one",
  "[NEXT STEP]": "email you the tracking number",
  "[DAY AND TIME]": "5pm on Friday",
  "[WHAT WENT WRONG]": "your jacket arrived with a broken zip",
  "[HOW WE FIXED IT]": "sending a new jacket by express",
  "[WHAT WE GAVE YOU]": "the refund of your delivery charge",
  "[WHAT WE CHANGED]": "added a zip check to our packing list",
};

describe("the demo's reply templates", () => {
  it.each(demoTemplates)("$name uses only variables Mend fills", (template) => {
    expect(listVariables(template.body).filter((name) => !knownVariables.includes(name))).toEqual([]);
  });

  it.each(demoTemplates)("$name is blocked until its slots are written, and clean after", (template) => {
    const coach = (text: string) =>
      coachReply({
        text,
        channel: "email",
        stage: template.stage,
        customer: { name: "Priya Raman" },
        case: { number: 12 },
      }).findings.filter((finding) => finding.severity === "blocker");
    expect(coach(template.body).map((finding) => finding.ruleId)).toContain("unfilled-variable");
    let written = template.body;
    for (const [slot, words] of Object.entries(slots)) written = written.replaceAll(slot, words);
    expect(written).not.toMatch(/\[[A-Z ]+\]/);
    expect(coach(written)).toEqual([]);
  });
});
