import type { Token } from "./tokenize-text";

// Plain-language cues for Mend's default taxonomy. The learned model only knows the airline reasons;
// these cues carry the taxonomy to other businesses (a shop's "parcel", a bank's "fee"). Matched on
// tokens (one to three words), which is much faster than one regular expression per key.
const CUES: Record<string, string> = {
  staff_attitude:
    "rude|rudely|rudeness|attitude|unprofessional|unhelpful|arrogant|condescending|yelled|yelling|shouted at|disrespect|disrespectful|dismissive|hung up|laughed at|staff|employee|employees|agent|agents|representative|representatives|rep|reps|cashier|waiter|waitress|manager|receptionist|crew|flight attendant|flight attendants|customer service",
  miscommunication:
    "was told|were told|told me|told us|misinformed|misleading|no one told|never told|nobody told|confusing|confused|unclear|contradictory|contradicting|different answer|different story|wrong information|promised|said it would|said they would|never informed|not informed",
  delivery_logistics:
    "delivery|delivered|deliveries|shipping|shipped|shipment|package|parcel|courier|arrive|arrived|arrival|tracking|delayed|delay|delays|late|lost|missing|never came|never arrived|luggage|bag|bags|baggage|cancelled|canceled|missed connection|missed my connection|rebook|rebooked",
  product_quality:
    "broken|broke|defective|faulty|stopped working|doesn't work|not working|quality|damaged|cheap|stale|dirty|filthy|bug|bugs|crash|crashes|crashed|glitch|error|smell|smells|undercooked|tasteless|uncomfortable|wifi|outage|slow",
  billing:
    "charged|charge|charges|bill|billed|billing|invoice|invoices|refund|refunds|payment|payments|overcharged|fee|fees|price|pricing|double charged|subscription|credit card|debited|money back|booking|reservation|voucher",
  wait_misrouting:
    "on hold|hold time|waiting|wait|waited|queue|transferred|transfer|line|lines|callback|call back|no response|no answer|no reply|respond|reply|hours|runaround|wrong department",
  policy:
    "policy|policies|rule|rules|not allowed|refused|won't allow|terms|fine print|restriction|restrictions|exception|exceptions|non-refundable|nonrefundable|expired|expiry|eligible|ineligible|not covered|warranty",
  customer_error:
    "my mistake|my fault|my bad|my own fault|i forgot|i accidentally|i entered|i typed|typo|i misread|i missed|i overslept|i lost my",
};

const PHRASES = new Map<string, string[]>();
/** first words of multi-word cues: only these start a two- or three-word lookup */
const STARTERS = new Set<string>();
for (const [key, list] of Object.entries(CUES)) {
  for (const phrase of list.split("|")) {
    PHRASES.set(phrase, [...(PHRASES.get(phrase) ?? []), key]);
    if (phrase.includes(" ")) STARTERS.add(phrase.slice(0, phrase.indexOf(" ")));
  }
}

export function countCauseCues(tokens: Token[]): Map<string, number> {
  const counts = new Map<string, number>();
  const words: string[] = [];
  for (const t of tokens) if (t.kind === "word" || t.kind === "hashtag") words.push(t.norm);
  const bump = (phrase: string) => {
    const keys = PHRASES.get(phrase);
    if (keys) for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  for (let i = 0; i < words.length; i++) {
    bump(words[i]!);
    if (!STARTERS.has(words[i]!)) continue;
    if (i + 1 < words.length) bump(`${words[i]} ${words[i + 1]}`);
    if (i + 2 < words.length) bump(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  }
  return counts;
}
