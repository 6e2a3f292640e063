import { describe, expect, it } from "vitest";
import { findMatchingRule } from "./choose-assignee";
import { deriveFromInteractions } from "./load-playbook";
import { closePause, hasOpenPause, openPause } from "./sla-pauses";

const at = new Date("2026-11-02T10:00:00Z");

describe("deriveFromInteractions", () => {
  it("takes a real apology from a sent reply but not a non-apology or an inbound message", () => {
    const found = deriveFromInteractions([
      {
        id: "a",
        direction: "inbound",
        text: "I am sorry to say this is broken.",
        conversationLog: null,
        occurredAt: at,
      },
      {
        id: "b",
        direction: "outbound",
        text: "We're sorry you feel that way.",
        conversationLog: null,
        occurredAt: at,
      },
      {
        id: "c",
        direction: "outbound",
        text: "Thanks for your patience. I apologize for the late delivery. Anything else we can fix?",
        conversationLog: null,
        occurredAt: at,
      },
    ]);
    expect(found.apology_given?.evidence).toEqual({
      text: "I apologize for the late delivery.",
      interactionId: "c",
    });
    expect(found.anything_else_asked?.evidence.interactionId).toBe("c");
  });

  it("takes concerns noted on a logged call, preferring one read back and confirmed", () => {
    const call = (id: string, concerns: string[], confirmed: boolean) => ({
      id,
      direction: "inbound",
      text: concerns.join("\n"),
      conversationLog: { concerns, readBack: { summary: "…", confirmed } },
      occurredAt: at,
    });
    const first = deriveFromInteractions([call("a", ["late", "rude driver"], false)]);
    expect(first.concerns_heard?.evidence).toEqual({
      concerns: ["late", "rude driver"],
      readBack: false,
      interactionId: "a",
    });
    const later = deriveFromInteractions([
      call("a", ["late"], false),
      call("b", ["late", "no refund"], true),
      call("c", ["other"], true),
    ]);
    expect(later.concerns_heard?.evidence).toEqual({
      concerns: ["late", "no refund"],
      readBack: true,
      interactionId: "b",
    });
  });
});

describe("findMatchingRule", () => {
  const rules = [
    {
      name: "french social",
      when: { channels: ["twitter" as const], languages: ["fr"] },
      assign: { team: "fr" },
    },
    { name: "gold", when: { tiers: ["gold"] }, assign: { skills: ["vip"] } },
  ];
  const facts = { channel: "twitter", rootCause: null, tier: null, language: "fr", difficult: false };

  it("needs every condition of a rule and takes the first match", () => {
    expect(findMatchingRule(rules, facts)?.name).toBe("french social");
    expect(findMatchingRule(rules, { ...facts, language: "en" })).toBeNull();
    expect(findMatchingRule(rules, { ...facts, language: "en", tier: "gold" })?.name).toBe("gold");
  });
});

describe("SLA pauses", () => {
  it("opens one pause at a time and closes it no earlier than it began", () => {
    const open = openPause([], at);
    expect(openPause(open, new Date("2026-11-02T11:00:00Z"))).toEqual(open);
    expect(hasOpenPause(open)).toBe(true);
    const closed = closePause(open, new Date("2026-11-02T09:00:00Z"));
    expect(closed).toEqual([{ from: at.toISOString(), to: at.toISOString() }]);
    expect(hasOpenPause(closed)).toBe(false);
  });
});
