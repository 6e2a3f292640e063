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
const CURRENCY_SYMBOLS = new Set([36, 8364, 163, 165, 8377]);

function hasTripleLetter(word: string): boolean {
  for (let i = 2; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === word.charCodeAt(i - 1) && c === word.charCodeAt(i - 2)) return true;
  }
  return false;
}

/** all capitals and at least three characters long */
function isShouted(raw: string, lower: string): boolean {
  if (raw.length < 3 || raw === lower) return false;
  // any ASCII lower-case letter settles it without upper-casing a copy of the word
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
  }
  return raw === raw.toUpperCase();
}

function kindOf(raw: string, lower: string): TokenKind {
  const first = raw.charCodeAt(0);
  if (first === 64) return "mention";
  if (first === 35) return "hashtag";
  if (first === 33 || first === 63) return "punct";
  if (CURRENCY_SYMBOLS.has(first)) return "money";
  if (first >= 48 && first <= 57)
    return /[a-z]{3,}$/.test(lower) && !/(?:st|nd|rd|th|am|pm|hrs?)$/.test(lower) ? "money" : "number";
  if (lower.startsWith("http") || lower.startsWith("www.")) return lower.includes(".") ? "url" : "word";
  const lowerFirst = lower.charCodeAt(0);
  if ((lowerFirst >= 97 && lowerFirst <= 122) || (lowerFirst >= 0xc0 && lowerFirst <= 0x24f)) return "word";
  return "emoji";
}

export function tokenizeText(text: string): Token[] {
  const tokens: Token[] = [];
  const lowerText = text.toLowerCase();
  // lower-casing can change length for a few scripts; fall back to per-token lower-casing then
  const sameLength = lowerText.length === text.length;
  TOKEN_PATTERN.lastIndex = 0;
  for (let match = TOKEN_PATTERN.exec(text); match !== null; match = TOKEN_PATTERN.exec(text)) {
    const raw = match[0];
    const start = match.index;
    const end = start + raw.length;
    const lower = sameLength ? lowerText.slice(start, end) : raw.toLowerCase();
    const kind = kindOf(raw, lower);
    let norm = kind === "hashtag" ? lower.slice(1) : lower;
    let elongated = false;
    if ((kind === "word" || kind === "hashtag") && hasTripleLetter(norm)) {
      norm = norm.replace(ELONGATION, "$1$1");
      elongated = true;
    }
    const shouted = kind === "word" && isShouted(raw, lower);
    tokens.push({ norm, kind, start, end, shouted, elongated });
  }
  return tokens;
}
