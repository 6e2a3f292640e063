import type { CatalogItem } from "./schema";

/** What an accommodation costs the company, in minor units (see CatalogItem.costPerUnit). */
export function costOf(item: Pick<CatalogItem, "costPerUnit">, amount: number): number {
  return Math.round(amount * item.costPerUnit);
}

/** The amount to give when nobody named one: the item's default, else one unit. */
export function defaultAmountOf(item: Pick<CatalogItem, "unit" | "defaultAmount">): number {
  return item.defaultAmount ?? (item.unit === "money" ? 0 : 1);
}
