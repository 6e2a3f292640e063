import type { Token } from "./tokenize-text";

// Plain-language cues for Mend's default taxonomy. The learned head knows the airline reasons and what
// the labelled support tweets taught it; these cues carry the taxonomy to other businesses (a shop's
// "parcel", a bank's "fee"). Matched on tokens (one to three words), which is much faster than one
// regular expression per key.
const CUES: Record<string, string> = {
  staff_attitude:
    "rude|rudely|rudeness|attitude|unprofessional|unhelpful|arrogant|condescending|yelled|yelling|shouted at|disrespect|disrespectful|dismissive|hung up|laughed at|staff|employee|employees|agent|agents|representative|representatives|rep|reps|cashier|waiter|waitress|manager|receptionist|crew|flight attendant|flight attendants|customer service|patronising|patronizing|sarcastic|snapped|snapped at|eye roll|rolled her eyes|rolled his eyes|ignored me|ignored us|couldn't care less|didn't care|did not care|unfriendly|impolite|abrupt|smirked|belittled|treated me like|talked down|lecture|lectured|bartender|technician|engineer|driver|advisor|adviser|clerk|concierge|hostess|doctor|nurse|trainer|instructor|teacher|landlord",
  miscommunication:
    "was told|were told|told me|told us|misinformed|misleading|no one told|never told|nobody told|confusing|confused|unclear|contradictory|contradicting|different answer|different story|wrong information|promised|said it would|said they would|never informed|not informed|advertised|description said|the description|website said|website says|listing said|quoted|misled|mislead|misrepresented|not as described|contradicted|told something different|nobody explained|no one explained|wasn't explained|was not explained|kept telling|assured me|assured us|guaranteed|promised me|promised us|broken promise|never called back|didn't tell|did not tell|never mentioned|wasn't mentioned|fine print|small print",
  delivery_logistics:
    "delivery|delivered|deliveries|shipping|shipped|shipment|package|parcel|courier|arrive|arrived|arrival|tracking|delayed|delay|delays|late|lost|missing|never came|never arrived|luggage|bag|bags|baggage|cancelled|canceled|missed connection|missed my connection|rebook|rebooked|dispatched|dispatch|driver left|left outside|wrong address|not delivered|never delivered|undelivered|missed delivery|delivery slot|tracking number|in transit|out for delivery|postponed|rescheduled|no show|didn't turn up|did not turn up|never turned up|engineer visit",
  product_quality:
    "broken|broke|defective|faulty|stopped working|doesn't work|not working|quality|damaged|cheap|stale|dirty|filthy|bug|bugs|crash|crashes|crashed|glitch|error|smell|smells|undercooked|tasteless|uncomfortable|wifi|outage|slow|flimsy|fell apart|falls apart|cheaply made|poorly made|ripped|torn|peeling|leaks|leaking|leaky|cracked|scratched|stopped charging|battery|overheats|overheating|noisy|bland|soggy|greasy|burnt|burned|overcooked|cold food|lukewarm|mouldy|moldy|mould|mold|damp|stains|stained|pests|cockroach|cockroaches|bedbugs|smelled|stank|disgusting|inedible|tasted|doesn't fit|too small|too big|shrank|faded|buggy|freezes|freezing|laggy|keeps crashing|won't load|doesn't load|unusable|connection drops|dropping out",
  billing:
    "charged|charge|charges|bill|billed|billing|invoice|invoices|refund|refunds|payment|payments|overcharged|fee|fees|price|pricing|double charged|subscription|credit card|debited|money back|booking|reservation|voucher|direct debit|standing order|overdraft|statement|charged twice|double charge|price increase|price rise|renewal|auto renew|late fee|cashback|debt|collections|arrears|payment taken|taken from my account|overpaid|tariff|estimated bill|meter|meter reading|compensation|chargeback",
  wait_misrouting:
    "on hold|hold time|waiting|wait|waited|queue|transferred|transfer|line|lines|callback|call back|no response|no answer|no reply|respond|reply|hours|runaround|wrong department|call centre|call center|chatbot|passed around|passed from|pillar to post|bounced around|no one answers|nobody answers|nobody picks up|unanswered|ignored my emails|ignored my email|still no reply|still waiting|waiting list|put on hold|queued|chased|chasing",
  policy:
    "policy|policies|rule|rules|not allowed|refused|won't allow|terms|fine print|restriction|restrictions|exception|exceptions|nonrefundable|expired|expiry|eligible|ineligible|not covered|warranty|no returns|can't return|cannot return|won't refund|will not refund|store credit|restocking fee|cancellation fee|exit fee|early termination|minimum term|not eligible|eligibility|their policy|company policy|the policy|terms and conditions|age limit|id required|excluded|exclusion|claim declined|declined my claim|rejected my claim|blanket rule",
  customer_error:
    "my mistake|my fault|my bad|my own fault|i forgot|i accidentally|i entered|i typed|typo|i misread|i missed|i overslept|i lost my|i ordered the wrong|ordered the wrong|my own mistake|my error|i should have|admittedly|i know it was my|i realise|i realize|i misunderstood|i didn't read|i did not read|i forgot to|i put the wrong|wrong size|i entered the wrong|i typed the wrong|i missed the|i clicked",
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
