import { findPhrases } from "./find-phrases";
import type { Span } from "./schema";

const PUBLIC_THREAT_PATTERNS: RegExp[] = [
  /\b(?:leave|leaving|write|writing|post|posting|give|giving|put|putting)\s+(?:a\s+|an\s+|my\s+)?(?:\w+[- ]star\s+|bad\s+|negative\s+|terrible\s+|honest\s+|scathing\s+|awful\s+)?review\b/gi,
  /\b(?:on|to)\s+(?:yelp|trustpilot|tripadvisor|google reviews|glassdoor|reddit|tiktok|youtube|the news|the press|social media)\b/gi,
  /\btell(?:ing)?\s+(?:everyone|everybody|all my (?:friends|followers|family)|my (?:friends|followers|family)|the world|people)\b/gi,
  /\b(?:post(?:ing)?|shar(?:e|ing)|put(?:ting)?|spread(?:ing)?)\s+(?:this|it|my story|my experience|the (?:video|photos?|pictures?))\s+(?:all\s+)?(?:on|online|everywhere|publicly|with)\b/gi,
  /\bgo(?:ing)?\s+viral\b|\bmake\s+(?:this|it)\s+(?:public|viral|go viral)\b/gi,
  /\b(?:contact(?:ing)?|call(?:ing)?|tell(?:ing)?|going to)\s+(?:the\s+)?(?:media|press|news|journalists?|reporters?|newspapers?|tv station)\b/gi,
  /\bwarn(?:ing)?\s+(?:others|everyone|people|other customers|my followers)\b/gi,
  /\b(?:everyone|the world|people)\s+(?:will|should|needs? to)\s+know\b/gi,
];

const LEGAL_THREAT_PATTERNS: RegExp[] = [
  /\b(?:my\s+|a\s+|our\s+)?(?:lawyers?|attorneys?|solicitors?|legal team|legal counsel)\b/gi,
  /\b(?:sue|suing|sued|lawsuit|class action|legal action|legal proceedings|take (?:you|this) to court|see you in court|small claims)\b/gi,
  /\b(?:report(?:ing)?|complain(?:ing)?|escalat(?:e|ing)|fil(?:e|ing) a complaint)\s+(?:you\s+|this\s+|it\s+)?(?:to|with)\s+(?:the\s+)?(?:regulator|ombudsman|ftc|fcc|faa|dot|cfpb|ofcom|ofgem|attorney general|bbb|better business bureau|trading standards|consumer protection|department of transportation|authorities|police)\b/gi,
  /\b(?:regulators?|ombudsman|consumer protection|trading standards|better business bureau|attorney general)\b/gi,
];

// Most messages contain none of these words; one cheap test skips the full patterns.
const PUBLIC_HINT =
  /review|yelp|trustpilot|tripadvisor|glassdoor|reddit|tiktok|youtube|news|press|social|tell|post|shar|put|spread|viral|public|media|journalist|reporter|newspaper|tv|warn|know/i;
const LEGAL_HINT =
  /lawyer|attorney|solicitor|legal|sue|suing|lawsuit|class action|court|claims|report|complain|escalat|regulator|ombudsman|protection|standards|bureau|general/i;

export function detectPublicThreat(text: string): Span[] {
  if (!PUBLIC_HINT.test(text)) return [];
  return findPhrases(text, PUBLIC_THREAT_PATTERNS);
}

export function detectLegalThreat(text: string): Span[] {
  if (!LEGAL_HINT.test(text)) return [];
  return findPhrases(text, LEGAL_THREAT_PATTERNS);
}
