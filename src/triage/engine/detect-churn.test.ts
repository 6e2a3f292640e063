import { describe, expect, it } from "vitest";
import { detectChurn } from "./detect-churn";

describe("detectChurn", () => {
  it.each([
    ["Please cancel my subscription today.", "cancel my subscription"],
    ["I'm switching to Verizon next month", "switching to Verizon"],
    ["Never again. Worst stay of my life.", "Never again"],
    ["I will never fly with you again", "never fly with you again"],
    ["Close my account now", "Close my account"],
    ["Taking my business elsewhere", "Taking my business elsewhere"],
    ["you just lost a loyal customer", "lost a loyal customer"],
    ["We won't be back.", "won't be back"],
  ])("finds the threat in %j", (text, phrase) => {
    const spans = detectChurn(text);
    expect(spans.map((s) => s.text)).toContain(phrase);
    const span = spans.find((s) => s.text === phrase)!;
    expect(text.slice(span.start, span.end)).toBe(phrase);
  });

  it.each([
    "I'm not cancelling my subscription, just asking about the bill",
    "I would never leave you, you're the best",
    "don't worry, I won't switch to another bank",
    "Can you cancel the order I placed by mistake?",
    "Where can I change my seat?",
  ])("stays quiet on %j", (text) => {
    expect(detectChurn(text)).toEqual([]);
  });
});
