import { describe, expect, it } from "vitest";
import { flagged } from "../rule-test-kit";
import { nonApology } from "./non-apology";

describe("non-apology", () => {
  it.each([
    ["I'm sorry you feel the wait was too long.", "sorry you feel"],
    ["We apologise if the repair was not up to standard.", "apologise if the repair was not up to standard"],
    ["Sorry for any inconvenience this may have caused.", "Sorry for any inconvenience this may have caused"],
    ["My apologies for not meeting your expectations.", "apologies for not meeting your expectations"],
  ])("flags %s", (text, expected) => {
    expect(flagged(nonApology, { text })).toEqual([expected]);
  });

  it.each([
    "I feel we let you down, and I'm sorry.",
    "Sorry if I misunderstood — could you tell me which order?",
    "I'm sorry we charged you twice.",
  ])("accepts %s", (text) => {
    expect(flagged(nonApology, { text })).toEqual([]);
  });
});

describe("non-apology beyond the listed phrases", () => {
  it.each([
    ["Apologies for any disruption to your broadband.", "Apologies for any disruption"],
    ["It is unfortunate that an error was made on your bill.", "It is unfortunate that"],
    [
      "We apologise should there have been any misunderstanding.",
      "apologise should there have been any misunderstanding",
    ],
    [
      "We are sorry that your stay did not live up to what you hoped for.",
      "sorry that your stay did not live up to what you hoped for",
    ],
    [
      "We regret that the service fell short of your expectations.",
      "regret that the service fell short of your expectations",
    ],
  ])("flags %s", (text, expected) => {
    expect(flagged(nonApology, { text })[0]).toBe(expected);
  });

  it.each([
    "I am sorry we did not live up to what you expected: the table was not ready.",
    "I'm sorry we didn't have any rooms left, so I've booked you at our sister hotel.",
    "Sorry to keep you waiting any longer.",
  ])("accepts %s", (text) => {
    expect(flagged(nonApology, { text })).toEqual([]);
  });
});
