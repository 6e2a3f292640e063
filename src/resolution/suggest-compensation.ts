import { costOf } from "./cost-of";
import type { CatalogItem, CompensationRule, Slot } from "./schema";

export type CaseFacts = {
  // Money the customer lost, in minor units, as triage found it in their messages (null: none found).
  loss: { amount: number; text: string } | null;
  fault: "yes" | "no" | "partly" | null;
  rootCause: string | null;
  risk: number | null;
  customer: { tier: string | null; lifetimeValue: number | null; followers: number | null };
};

export type SuggestedItem = {
  type: string;
  label: string;
  slot: Slot;
  amount: number;
  cost: number;
  reasons: string[];
};

const MAX_EXTRAS = 2;

function matches(rule: CompensationRule, facts: CaseFacts): boolean {
  const w = rule.when;
  const loss = facts.loss?.amount ?? 0;
  if (w.minLoss !== undefined && loss < w.minLoss) return false;
  if (w.maxLoss !== undefined && loss > w.maxLoss) return false;
  if (w.faults && (!facts.fault || !w.faults.includes(facts.fault))) return false;
  if (w.rootCauses && (!facts.rootCause || !w.rootCauses.includes(facts.rootCause))) return false;
  if (w.tiers && !w.tiers.includes(facts.customer.tier?.toLowerCase() ?? "")) return false;
  if (w.minRisk !== undefined && (facts.risk ?? 0) < w.minRisk) return false;
  if (w.minLifetimeValue !== undefined && (facts.customer.lifetimeValue ?? 0) < w.minLifetimeValue)
    return false;
  if (w.minFollowers !== undefined && (facts.customer.followers ?? 0) < w.minFollowers) return false;
  return true;
}

function whyMatched(rule: CompensationRule, facts: CaseFacts, money: (n: number) => string): string[] {
  const w = rule.when;
  const why: string[] = [];
  if (facts.loss && (w.minLoss !== undefined || (rule.give.amount && "lossShare" in rule.give.amount)))
    why.push(`the customer lost ${money(facts.loss.amount)} (“${facts.loss.text}” in their message)`);
  if (w.faults) why.push(`we were at fault: ${facts.fault}`);
  if (w.rootCauses) why.push(`root cause: ${facts.rootCause}`);
  if (w.tiers) why.push(`${facts.customer.tier} customer`);
  if (w.minRisk !== undefined) why.push(`risk ${facts.risk}`);
  if (w.minLifetimeValue !== undefined)
    why.push(`lifetime value ${money(facts.customer.lifetimeValue ?? 0)}`);
  if (w.minFollowers !== undefined)
    why.push(`${(facts.customer.followers ?? 0).toLocaleString("en")} followers`);
  return why;
}

function amountFor(rule: CompensationRule, item: CatalogItem, facts: CaseFacts): number {
  const amount = rule.give.amount;
  if (!amount) return item.defaultAmount ?? 1;
  if ("fixed" in amount) return amount.fixed;
  const share = Math.round((facts.loss?.amount ?? 0) * amount.lossShare);
  return amount.max === undefined ? share : Math.min(share, amount.max);
}

/**
 * The bundle the organization's rules suggest for a case: the remedy matched to the loss (R18),
 * something for the trouble (R20) and, for a valuable customer or a large harm, something more
 * (R19). In the remedy and trouble slots the first matching rule wins; extras collect every
 * matching rule, one per type, at most two. Two limits hold whatever the rules say: nothing that
 * asks work or money of the customer (R21), and nothing "for the trouble" unless we were at fault.
 */
export function suggestCompensation(options: {
  facts: CaseFacts;
  catalog: CatalogItem[];
  rules: CompensationRule[];
  formatMoney?: (minor: number) => string;
}): SuggestedItem[] {
  const { facts } = options;
  const money = options.formatMoney ?? ((minor: number) => (minor / 100).toFixed(2));
  const catalog = new Map(
    options.catalog.filter((i) => i.active && !i.asksOfCustomer).map((i) => [i.type, i]),
  );
  const picked: SuggestedItem[] = [];
  for (const rule of options.rules) {
    const item = catalog.get(rule.give.type);
    if (!item || !matches(rule, facts)) continue;
    if (rule.slot === "trouble" && facts.fault !== "yes" && facts.fault !== "partly") continue;
    const inSlot = picked.filter((p) => p.slot === rule.slot);
    if (rule.slot !== "extra" && inSlot.length > 0) continue;
    if (rule.slot === "extra" && (inSlot.length >= MAX_EXTRAS || inSlot.some((p) => p.type === item.type)))
      continue;
    const amount = amountFor(rule, item, facts);
    if (amount <= 0) continue;
    picked.push({
      type: item.type,
      label: item.label,
      slot: rule.slot,
      amount,
      cost: costOf(item, amount),
      reasons: [`${rule.name}: ${rule.reason}`, ...whyMatched(rule, facts, money)],
    });
  }
  const order: Record<Slot, number> = { remedy: 0, trouble: 1, extra: 2 };
  return picked.sort((a, b) => order[a.slot] - order[b.slot]);
}
