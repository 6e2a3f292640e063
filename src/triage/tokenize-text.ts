// One pass over the text yields the tokens every later step needs, with positions so signals can point
// at the words that triggered them.
export type TokenKind = "word" | "number" | "money" | "url" | "mention" | "hashtag" | "punct" | "emoji";

export interface Token {
  /** lower-cased, elongations squeezed ("soooo" → "soo") */
  norm: string;
  kind: TokenKind;
  start: number;
  end: number;
  /** original spelling was all capitals and at least three letters long */
  shouted: boolean;
  elongated: boolean;
}

const TOKEN_PATTERN =
  /https?:\/\/\S+|www\.\S+|@\w+|#\w+|[$€£¥₹]\s?\d[\d,]*(?:\.\d+)?[km]?|\d[\d,]*(?:\.\d+)?\s?(?:usd|eur|gbp|dollars?|euros?|pounds?|bucks)\b|\d+(?:[.,:/]\d+)*(?:st|nd|rd|th|am|pm|hrs?|h|k)?|[a-z\u00c0-\u024f]+(?:'[a-z]+)*|[!?]+|[:;=8][-'^]?[()dp\][\\/|*o]|<3|\p{Extended_Pictographic}/giu;

const ELONGATION = /(.)\1{2,}/g;

export function tokenizeText(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const raw = match[0];
    const start = match.index;
    const first = raw.charCodeAt(0);
    let kind: TokenKind;
    if (raw.startsWith("http") && raw.includes("://")) kind = "url";
    else if (raw.startsWith("www.")) kind = "url";
    else if (first === 64) kind = "mention";
    else if (first === 35) kind = "hashtag";
    else if (/^[$€£¥₹]|usd|eur|gbp|dollar|euro|pound|buck/i.test(raw) && /\d/.test(raw)) kind = "money";
    else if (first >= 48 && first <= 57) kind = "number";
    else if (first === 33 || first === 63) kind = "punct";
    else if (/^[a-z\u00c0-\u024f]/i.test(raw)) kind = "word";
    else kind = "emoji";
    let norm = kind === "hashtag" ? raw.slice(1).toLowerCase() : raw.toLowerCase();
    let elongated = false;
    if (kind === "word" || kind === "hashtag") {
      const squeezed = norm.replace(ELONGATION, "$1$1");
      elongated = squeezed !== norm;
      norm = squeezed;
    }
    const shouted = kind === "word" && raw.length >= 3 && raw === raw.toUpperCase() && raw !== norm;
    tokens.push({ norm, kind, start, end: start + raw.length, shouted, elongated });
  }
  return tokens;
}
