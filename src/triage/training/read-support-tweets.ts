import { DEFAULT_TAXONOMY_KEYS } from "../engine/schema";
import { readTable } from "./read-table";

// Customer tweets to 76 companies (../shared/data/twcs-sample.csv) with Mend's own labels
// (labels/twcs-labels.csv, ids and judgements only). They teach the default model how people write to
// shops, banks, telecoms and apps, not only to airlines, and give the cause head taxonomy keys directly.
export interface SupportTweet {
  id: string;
  text: string;
  label: "unhappy" | "happy" | "neutral";
  /** a key of the default taxonomy, for unhappy tweets */
  cause: string | null;
}

const LABELS = new Set(["unhappy", "happy", "neutral"]);

export function readSupportTweets(options: { tweetsCsv: string; labelsCsv: string }): SupportTweet[] {
  // The public file has a bare CR inside one unquoted field; readTable's relaxed parsing keeps every row.
  const tweets = readTable({ content: options.tweetsCsv, format: "csv" });
  const textOf = new Map(tweets.filter((t) => t.inbound === "True").map((t) => [t.tweet_id!, t.text ?? ""]));
  return readTable({ content: options.labelsCsv, format: "csv" }).map((row, index) => {
    const line = index + 2;
    const text = textOf.get(row.tweet_id ?? "");
    if (text === undefined)
      throw new Error(
        `twcs-labels.csv line ${line}: tweet ${row.tweet_id} is not a customer tweet of the data file`,
      );
    if (!LABELS.has(row.label ?? ""))
      throw new Error(`twcs-labels.csv line ${line}: label "${row.label}" is not unhappy, happy or neutral`);
    const cause = row.cause?.trim() || null;
    if (cause !== null && (!DEFAULT_TAXONOMY_KEYS.has(cause) || row.label !== "unhappy"))
      throw new Error(
        `twcs-labels.csv line ${line}: cause "${cause}" needs an unhappy row and a taxonomy key`,
      );
    return { id: row.tweet_id!, text, label: row.label as SupportTweet["label"], cause };
  });
}
