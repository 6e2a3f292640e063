import { describe, expect, it } from "vitest";
import { parseMoney } from "./parse-money";

describe("parseMoney", () => {
  it("parses symbols, codes and words with their currencies", () => {
    const { amounts } = parseMoney("Charged $1,249.99 plus €30 and 15 pounds, then GBP 12 and 200 dollars");
    expect(amounts.map((a) => [a.amount, a.currency])).toEqual([
      [1249.99, "USD"],
      [30, "EUR"],
      [12, "GBP"],
      [15, "GBP"],
      [200, "USD"],
    ]);
  });

  it("scales k and keeps the matched text exact", () => {
    const { amounts } = parseMoney("I lost $2k on this trip");
    expect(amounts).toEqual([{ amount: 2000, currency: "USD", text: "$2k" }]);
  });

  it("marks a loss only when paying or losing words are present", () => {
    expect(parseMoney("you overcharged me £45").lost).toBe(true);
    expect(parseMoney("the $5 coffee was lovely").lost).toBe(false);
    expect(parseMoney("I was charged twice").lost).toBe(false);
  });

  it("ignores plain numbers and times", () => {
    expect(parseMoney("flight 1234 at 5pm, gate 22").amounts).toEqual([]);
  });
});
