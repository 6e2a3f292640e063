import type { CatalogItem, CompensationRule, CompensationSettings } from "./schema";

const item = (
  value: Omit<CatalogItem, "exclusive" | "separateMessage" | "active" | "asksOfCustomer"> &
    Partial<CatalogItem>,
): CatalogItem => ({
  asksOfCustomer: null,
  exclusive: false,
  separateMessage: false,
  active: true,
  ...value,
});

// What a shop typically gives; admins change the costs and add their own in Settings → Compensation.
export const defaultCatalog: CatalogItem[] = [
  item({ type: "full_refund", label: "Full refund", unit: "money", costPerUnit: 1 }),
  item({ type: "partial_refund", label: "Partial refund", unit: "money", costPerUnit: 1 }),
  item({ type: "charge_credit", label: "Credit the charge", unit: "money", costPerUnit: 1 }),
  item({ type: "account_credit", label: "Account credit", unit: "money", costPerUnit: 0.7 }),
  item({
    type: "coupon_percent",
    label: "Coupon (% off next order)",
    unit: "percent",
    costPerUnit: 40,
    defaultAmount: 15,
    separateMessage: true,
  }),
  item({
    type: "coupon_amount",
    label: "Coupon (amount off next order)",
    unit: "money",
    costPerUnit: 0.6,
    defaultAmount: 1000,
    separateMessage: true,
  }),
  item({
    type: "gift_card",
    label: "Gift card",
    unit: "money",
    costPerUnit: 0.85,
    defaultAmount: 1500,
    separateMessage: true,
  }),
  item({ type: "loyalty_enrolment", label: "Loyalty programme enrolment", unit: "item", costPerUnit: 500 }),
  item({ type: "free_upgrade", label: "Free upgrade", unit: "item", costPerUnit: 1500 }),
  item({ type: "replacement", label: "Replacement sent", unit: "money", costPerUnit: 0.55 }),
  item({ type: "expedited_shipping", label: "Expedited shipping", unit: "item", costPerUnit: 1200 }),
  item({
    type: "exclusive_discount",
    label: "Private discount (% off)",
    unit: "percent",
    costPerUnit: 60,
    defaultAmount: 20,
    exclusive: true,
    separateMessage: true,
  }),
  item({ type: "presale_access", label: "Pre-sale access", unit: "item", costPerUnit: 200, exclusive: true }),
  item({
    type: "mail_in_repair",
    label: "Repair (customer posts the item to us)",
    unit: "item",
    costPerUnit: 2500,
    asksOfCustomer: "the customer has to pack and post the item",
  }),
];

const atFault = ["yes", "partly"] as ("yes" | "partly")[];

// Order matters: in each slot the first rule that matches wins (extras collect every match).
export const defaultRules: CompensationRule[] = [
  {
    name: "Replace what arrived broken",
    slot: "remedy",
    when: { minLoss: 1, rootCauses: ["product_quality", "delivery_logistics"], faults: atFault },
    give: { type: "replacement", amount: { lossShare: 1 } },
    reason: "a replacement matches a broken or lost order better than money back",
  },
  {
    name: "Credit a wrong charge",
    slot: "remedy",
    when: { minLoss: 1, rootCauses: ["billing"] },
    give: { type: "charge_credit", amount: { lossShare: 1 } },
    reason: "the charge itself is the loss, so it is credited in full",
  },
  {
    name: "Refund what was lost",
    slot: "remedy",
    when: { minLoss: 1, faults: atFault },
    give: { type: "full_refund", amount: { lossShare: 1 } },
    reason: "we were at fault, so the money lost comes back in full",
  },
  {
    name: "Meet halfway when not at fault",
    slot: "remedy",
    when: { minLoss: 1, faults: ["no"] },
    give: { type: "partial_refund", amount: { lossShare: 0.5, max: 5000 } },
    reason: "not our fault, but half the loss (up to 50) keeps the relationship",
  },
  {
    name: "Bigger gift for a big upset",
    slot: "trouble",
    when: { faults: atFault, minRisk: 70 },
    give: { type: "gift_card", amount: { fixed: 2500 } },
    reason: "the upset was large (high risk), so the gesture is larger",
  },
  {
    name: "Small gift for the trouble",
    slot: "trouble",
    when: { faults: atFault },
    give: { type: "gift_card", amount: { fixed: 1000 } },
    reason: "we caused the trouble, so something for it beyond the fix",
  },
  {
    name: "Exclusive discount for our best customers",
    slot: "extra",
    when: { tiers: ["gold", "platinum"] },
    give: { type: "exclusive_discount", amount: { fixed: 20 } },
    reason: "a valued customer gets something others do not",
  },
  {
    name: "Pre-sale access for customers with reach",
    slot: "extra",
    when: { minFollowers: 10_000 },
    give: { type: "presale_access", amount: { fixed: 1 } },
    reason: "many people listen to this customer; early access makes them an insider",
  },
  {
    name: "Loyalty enrolment after a large loss",
    slot: "extra",
    when: { minLoss: 20_000, faults: atFault },
    give: { type: "loyalty_enrolment", amount: { fixed: 1 } },
    reason: "the harm was large, so we invest in winning back their loyalty",
  },
];

export function buildDefaultCompensationSettings(): CompensationSettings {
  return {
    currency: "EUR",
    catalog: defaultCatalog,
    rules: defaultRules,
    authority: {
      roles: {
        agent: { perCase: 5000, perMonth: 50_000 },
        specialist: { perCase: 10_000, perMonth: 100_000 },
        supervisor: { perCase: 50_000, perMonth: 500_000 },
        admin: { perCase: null, perMonth: null },
      },
      users: {},
      approvalHours: 4,
    },
    budget: { monthly: 500_000, warnAtShare: 0.8 },
    acquisitionCostMultiplier: 5,
    promiseReminderMinutes: 60,
  };
}
