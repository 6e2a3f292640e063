import { describe, expect, it } from "vitest";
import { measureIntensity } from "./measure-intensity";
import { tokenizeText } from "./tokenize-text";

function measure(text: string) {
  return measureIntensity({ text, tokens: tokenizeText(text) });
}

describe("measureIntensity", () => {
  it("scores a calm message zero", () => {
    expect(measure("Hi, could you check my order status please?")).toEqual({ score: 0, markers: [] });
  });

  it("sees shouting, punctuation, profanity and insults", () => {
    const result = measure("THIS IS RIDICULOUS!!! You useless idiots, wtf");
    const kinds = new Set(result.markers.map((m) => m.kind));
    expect(kinds).toEqual(new Set(["capitals", "punctuation", "insult", "profanity"]));
    expect(result.score).toBeGreaterThan(0.8);
  });

  it("treats one capitalised word or an airport code as emphasis, not shouting", () => {
    expect(measure("My bag is at LAX, please help").markers).toEqual([]);
    expect(measure("I am VERY tired").markers).toEqual([]);
  });

  it("ranks a sworn complaint above a mild one", () => {
    expect(measure("this is f***ing absurd").score).toBeGreaterThan(measure("this is absurd!!").score);
  });
});
