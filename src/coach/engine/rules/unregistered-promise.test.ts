import { describe, expect, it } from "vitest";
import { flagged, runRule } from "../rule-test-kit";
import { unregisteredPromise } from "./unregistered-promise";

// 2025-03-03 is a Monday; the registered promise is due on Thursday.
const promises = [{ description: "replacement", dueAt: "2025-03-06T17:00:00Z" }];

describe("unregistered-promise", () => {
  it("flags a promised day that no registered promise covers", () => {
    expect(flagged(unregisteredPromise, { text: "It will arrive by Friday.", promises })).toEqual([
      "by Friday",
    ]);
    expect(flagged(unregisteredPromise, { text: "I'll call you tomorrow.", promises })).toEqual(["tomorrow"]);
  });

  it("accepts days that match a promise, past dates, and replies without a case", () => {
    expect(flagged(unregisteredPromise, { text: "It will arrive by Thursday.", promises })).toEqual([]);
    expect(flagged(unregisteredPromise, { text: "It will be with you in 3 days.", promises })).toEqual([]);
    expect(flagged(unregisteredPromise, { text: "You ordered it on February 20.", promises })).toEqual([]);
    expect(flagged(unregisteredPromise, { text: "It will arrive by Friday." })).toEqual([]);
  });

  it("hands the composer the promise to register: its wording, kind and due time", () => {
    const [finding] = runRule(unregisteredPromise, {
      text: "Thanks for your patience. We will refund the €64.50 by Friday 5 pm.",
      promises,
    });
    expect(finding!.promise).toEqual({
      kind: "refund_by",
      text: "We will refund the €64.50 by Friday 5 pm.",
      dueAt: "2025-03-07T17:00:00.000Z",
    });
    const [callBack] = runRule(unregisteredPromise, { text: "I'll call you tomorrow.", promises });
    expect(callBack!.promise).toMatchObject({ kind: "call_back_at", dueAt: "2025-03-04T23:59:59.999Z" });
  });
});
