import { describe, expect, it } from "vitest";
import { buildDefaultCompensationSettings } from "./default-settings";
import { type CaseFacts, suggestCompensation } from "./suggest-compensation";

const { catalog, rules } = buildDefaultCompensationSettings();

type Row = {
  name: string;
  loss?: number;
  fault?: CaseFacts["fault"];
  cause?: string;
  risk?: number;
  tier?: string;
  ltv?: number;
  followers?: number;
  expected: string[];
};

// Each row: a case and the bundle the default rules must pick, as "type:amount".
const table: Row[] = [
  { name: "nothing known yet", expected: [] },
  { name: "loss but fault unknown", loss: 5000, expected: [] },
  { name: "our fault, no money lost", fault: "yes", expected: ["gift_card:1000"] },
  { name: "our fault, €40 lost", loss: 4000, fault: "yes", expected: ["full_refund:4000", "gift_card:1000"] },
  {
    name: "partly our fault, €12.50 lost",
    loss: 1250,
    fault: "partly",
    expected: ["full_refund:1250", "gift_card:1000"],
  },
  { name: "not our fault, €40 lost", loss: 4000, fault: "no", expected: ["partial_refund:2000"] },
  {
    name: "not our fault, €300 lost: half capped at 50",
    loss: 30_000,
    fault: "no",
    expected: ["partial_refund:5000"],
  },
  {
    name: "broken product, our fault",
    loss: 28_900,
    fault: "yes",
    cause: "product_quality",
    expected: ["replacement:28900", "gift_card:1000", "loyalty_enrolment:1"],
  },
  {
    name: "lost parcel, partly our fault",
    loss: 8000,
    fault: "partly",
    cause: "delivery_logistics",
    expected: ["replacement:8000", "gift_card:1000"],
  },
  {
    name: "broken product but not our fault: no replacement rule, halfway refund",
    loss: 8000,
    fault: "no",
    cause: "product_quality",
    expected: ["partial_refund:4000"],
  },
  {
    name: "double charge",
    loss: 6450,
    fault: "yes",
    cause: "billing",
    expected: ["charge_credit:6450", "gift_card:1000"],
  },
  {
    name: "bank's double charge, not our fault",
    loss: 6450,
    fault: "no",
    cause: "billing",
    expected: ["charge_credit:6450"],
  },
  {
    name: "rude staff, high risk",
    fault: "yes",
    cause: "staff_attitude",
    risk: 80,
    expected: ["gift_card:2500"],
  },
  {
    name: "rude staff, risk 69",
    fault: "yes",
    cause: "staff_attitude",
    risk: 69,
    expected: ["gift_card:1000"],
  },
  { name: "high risk but not our fault: nothing for the trouble", fault: "no", risk: 95, expected: [] },
  {
    name: "gold customer, our fault",
    loss: 2000,
    fault: "yes",
    tier: "Gold",
    expected: ["full_refund:2000", "gift_card:1000", "exclusive_discount:20"],
  },
  {
    name: "platinum customer, not our fault, no loss",
    fault: "no",
    tier: "platinum",
    expected: ["exclusive_discount:20"],
  },
  {
    name: "silver customer: no extra",
    loss: 2000,
    fault: "yes",
    tier: "silver",
    expected: ["full_refund:2000", "gift_card:1000"],
  },
  {
    name: "influencer, our fault",
    fault: "yes",
    followers: 48_000,
    expected: ["gift_card:1000", "presale_access:1"],
  },
  {
    name: "influencer with 9,999 followers: no pre-sale",
    fault: "yes",
    followers: 9_999,
    expected: ["gift_card:1000"],
  },
  {
    name: "gold influencer with a large loss: two extras at most",
    loss: 25_000,
    fault: "yes",
    tier: "gold",
    followers: 20_000,
    risk: 75,
    expected: ["full_refund:25000", "gift_card:2500", "exclusive_discount:20", "presale_access:1"],
  },
  {
    name: "large loss, our fault: loyalty enrolment",
    loss: 20_000,
    fault: "yes",
    expected: ["full_refund:20000", "gift_card:1000", "loyalty_enrolment:1"],
  },
  {
    name: "large loss, not our fault: no loyalty extra",
    loss: 20_000,
    fault: "no",
    expected: ["partial_refund:5000"],
  },
  {
    name: "customer error",
    loss: 3000,
    fault: "no",
    cause: "customer_error",
    expected: ["partial_refund:1500"],
  },
];

describe("suggestCompensation with the default rules", () => {
  it.each(table)("$name", (row) => {
    const facts: CaseFacts = {
      loss: row.loss ? { amount: row.loss, text: `€${row.loss / 100}` } : null,
      fault: row.fault ?? null,
      rootCause: row.cause ?? null,
      risk: row.risk ?? null,
      customer: { tier: row.tier ?? null, lifetimeValue: row.ltv ?? null, followers: row.followers ?? null },
    };
    const bundle = suggestCompensation({ facts, catalog, rules });
    expect(bundle.map((item) => `${item.type}:${item.amount}`)).toEqual(row.expected);
    for (const item of bundle) expect(item.reasons.length).toBeGreaterThan(0);
  });

  it("has a table of at least 20 cases", () => {
    expect(table.length).toBeGreaterThanOrEqual(20);
  });

  it("says why: the rule and the facts it matched", () => {
    const [refund] = suggestCompensation({
      facts: {
        loss: { amount: 4000, text: "€40" },
        fault: "yes",
        rootCause: null,
        risk: null,
        customer: { tier: null, lifetimeValue: null, followers: null },
      },
      catalog,
      rules,
    });
    expect(refund!.reasons).toEqual([
      "Refund what was lost: we were at fault, so the money lost comes back in full",
      "the customer lost 40.00 (“€40” in their message)",
      "we were at fault: yes",
    ]);
    expect(refund!.cost).toBe(4000);
  });

  it("never suggests an item that asks something of the customer, whatever the rules say", () => {
    const bundle = suggestCompensation({
      facts: {
        loss: { amount: 4000, text: "€40" },
        fault: "yes",
        rootCause: null,
        risk: null,
        customer: { tier: null, lifetimeValue: null, followers: null },
      },
      catalog,
      rules: [
        { name: "Repair", slot: "remedy", when: {}, give: { type: "mail_in_repair" }, reason: "cheap" },
        ...rules,
      ],
    });
    expect(bundle.map((item) => item.type)).toEqual(["full_refund", "gift_card"]);
  });

  it("prices each item from the catalog: a 20 % private discount costs 20 × 60", () => {
    const bundle = suggestCompensation({
      facts: {
        loss: null,
        fault: null,
        rootCause: null,
        risk: null,
        customer: { tier: "gold", lifetimeValue: null, followers: null },
      },
      catalog,
      rules,
    });
    expect(bundle).toEqual([expect.objectContaining({ type: "exclusive_discount", amount: 20, cost: 1200 })]);
  });
});
