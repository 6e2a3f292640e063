import { allMatches } from "./all-matches";
import type { MoneyAmount, Span } from "./schema";

const SYMBOLS: Record<string, string> = { $: "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR" };
const WORDS: Record<string, string> = {
  usd: "USD",
  dollar: "USD",
  dollars: "USD",
  bucks: "USD",
  buck: "USD",
  eur: "EUR",
  euro: "EUR",
  euros: "EUR",
  gbp: "GBP",
  pound: "GBP",
  pounds: "GBP",
  quid: "GBP",
  cad: "CAD",
  aud: "AUD",
  inr: "INR",
  rupees: "INR",
  jpy: "JPY",
  yen: "JPY",
  chf: "CHF",
};

const AMOUNT = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?`;
const SYMBOL_FIRST = new RegExp(
  String.raw`(?:(?:US|CA|AU|C|A)?([$€£¥₹]))\s?(${AMOUNT})(?:\s?(k|m|thousand|million)\b)?`,
  "gi",
);
const CODE_FIRST = new RegExp(String.raw`\b(USD|EUR|GBP|CAD|AUD|INR|JPY|CHF)\s?(${AMOUNT})\b`, "gi");
const WORD_AFTER = new RegExp(
  String.raw`\b(${AMOUNT})\s?(k|thousand|million)?\s?(usd|eur|gbp|cad|aud|inr|jpy|chf|dollars?|euros?|pounds?|bucks?|quid|rupees|yen)\b`,
  "gi",
);

const LOSS_CUE =
  /\b(?:charged|charge|charging|paid|pay|paying|refund|refunded|fee|fees|cost|costs|lost|losing|spent|spend|overcharged|owe|owed|wasted|price|bill|billed|billing|compensation|reimburse|reimbursement|deducted|debited|out of pocket|money back|penalty|fine)\b/i;

function scale(unit: string | undefined): number {
  const u = unit?.toLowerCase();
  if (u === "k" || u === "thousand") return 1_000;
  if (u === "m" || u === "million") return 1_000_000;
  return 1;
}

export interface ParsedMoney {
  amounts: MoneyAmount[];
  spans: Span[];
  /** an amount appears next to words of paying or losing */
  lost: boolean;
}

/** Records an amount unless an earlier pattern already claimed that stretch of text. */
function addAmount(found: ParsedMoney, m: RegExpMatchArray, amount: number, currency: string): void {
  const start = m.index!;
  const end = start + m[0].length;
  if (found.spans.some((s) => start < s.end && end > s.start)) return;
  found.spans.push({ text: m[0], start, end });
  found.amounts.push({ amount, currency, text: m[0] });
}

export function parseMoney(text: string): ParsedMoney {
  const found: ParsedMoney = { amounts: [], spans: [], lost: false };
  // every amount has a digit, and most messages have none
  if (!/\d/.test(text)) return found;
  for (const m of allMatches(text, SYMBOL_FIRST)) {
    const currency = m[0].match(/^CA?\$|^C\$/i) ? "CAD" : m[0].match(/^A\$|^AU\$/i) ? "AUD" : SYMBOLS[m[1]!]!;
    addAmount(found, m, Number(m[2]!.replaceAll(",", "")) * scale(m[3]), currency);
  }
  for (const m of allMatches(text, CODE_FIRST))
    addAmount(found, m, Number(m[2]!.replaceAll(",", "")), m[1]!.toUpperCase());
  for (const m of allMatches(text, WORD_AFTER)) {
    addAmount(
      found,
      m,
      Number(m[1]!.replaceAll(",", "")) * scale(m[2]),
      WORDS[m[3]!.toLowerCase()] ?? m[3]!.toUpperCase(),
    );
  }
  found.lost = found.amounts.length > 0 && LOSS_CUE.test(text);
  return found;
}
