import { findPhrases } from "./find-phrases";
import type { Span } from "./schema";

// Harm to a person: injury, illness, poisoning, allergic reaction, fire, smoke, gas, electric shock,
// carbon monoxide, a choking child, medical treatment. Each pattern names the harm, not the word alone:
// "the sauce was fire", "gas station", "sick of waiting", "shocked by the price", "adding insult to
// injury" and "burnt toast" must not count.
const BODY =
  "(?:back|hand|hands|arm|arms|leg|legs|knee|head|neck|foot|feet|wrist|shoulder|ankle|fingers?|thumb|eyes?|face|skin|mouth|tongue|lip|toes?|hip|ribs?|nose|tooth|teeth)";
const PERSON =
  "(?:me|him|her|us|them|my (?:\\w+ )?(?:son|daughter|child|kid|baby|toddler|boy|girl|husband|wife|partner|mother|father|mum|mom|dad|family|friend|dog|cat))";
const POSSESSIVE = "(?:my|his|her|their|our|your|a|the|(?:my )?(?:son|daughter|child|kid|baby|toddler)'s)";

const SAFETY_PATTERNS: RegExp[] = [
  /\bfood poisoning\b|\b(?:salmonella|e\.? ?coli|listeria|norovirus|botulism|campylobacter)\b|\bpoison(?:ed|ing)\b/gi,
  /\b(?:vomit(?:ed|ing)?|threw up|throwing up|diarrh(?:o)?ea|stomach cramps|stomach bug)\b/gi,
  /\b(?:got|gotten|been|was|were|fell|became|made (?:me|him|her|us|them|my \w+)(?: (?:so|really|violently|very))?|feel(?:ing)?|left (?:me|us)) (?:sick|ill)\b(?! (?:of|and tired))/gi,
  /\b(?:sick|ill) (?:since|for (?:days|two days|three days|a week)|all night|after (?:eating|your|the))\b/gi,
  /\ballergic reactions?\b|\banaphyla(?:xis|ctic)\b|\bepi-?pens?\b|\b(?:nut|peanut|gluten|dairy|shellfish|sesame|egg) allerg(?:y|ies)\b|\bhives\b|\bthroat (?:swelled|swelling|closed)\b|\bsevere reaction\b/gi,
  /\b(?:caught|catch(?:es|ing)?) (?:on )?fire\b|\bset (?:on )?fire\b|\b(?:burst|went up) (?:into|in) flames\b|\bin flames\b|\bflames (?:came|coming|shot)\b|\bfire (?:brigade|department|service|fighters?|hazard|risk)\b|\bspark(?:s|ed|ing)\b|\bexplod(?:ed|es|ing)\b|\bexplosion\b/gi,
  /\bsmoke (?:(?:was|is|kept) )?(?:came|coming|pouring|poured|billowing|from|out)\b|\b(?:started|was|is|began|keeps) smoking\b|\bsmok(?:ing|ed) from\b|\bemitted smoke\b|\bburning smell\b|\bsmell(?:s|ed|ing)? (?:of )?(?:burning|smoke|gas)\b|\bmelted (?:plug|socket|cable|wire)s?\b|\bplug is melted\b/gi,
  /\bgas (?:leak(?:s|ed|ing)?|smell|escaping)\b|\bleak(?:s|ed|ing)? gas\b|\bgas (?:is|was) leaking\b/gi,
  /\belectric(?:al)? shocks?\b|\belectrocut\w*\b|\b(?:got|get|gets|gave \w+) (?:an? )?(?:nasty |electric )?shock (?:from|off)\b|\bgot shocked\b|\b(?:exposed|live|bare) wires?\b|\btripped the electrics\b/gi,
  /\bcarbon monoxide\b|\bCO (?:alarm|detector|poisoning)\b/gi,
  /\bchok(?:ed|ing) (?:on|hazard)\b|\bswallowed (?:a|an|the|one of the) (?:button )?(?:battery|batteries|magnets?|button|piece|part|screw)\b/gi,
  /(?<!insult to )\binjur(?:y|ies|ed|ing)\b|\b(?:got|was|were|been|is|badly|seriously) hurt\b(?! (?:my|his|her|their) feelings)/gi,
  new RegExp(
    `\\b(?:hurt|injured|cut|sliced|burn(?:ed|t)?|scald(?:ed)?|broke|broken|fractured|bruised|sprained) ${POSSESSIVE} ${BODY}\\b`,
    "gi",
  ),
  new RegExp(
    `\\b(?:burns?|cuts?) (?:to|on) ${POSSESSIVE} ${BODY}\\b|\\b(?:burned|burnt|scalded|shocked) ${PERSON}\\b`,
    "gi",
  ),
  /\b(?:second|third)[- ]degree burns?\b|\bsevere burns?\b|\bsuffered burns?\b|\bbleeding\b|\bstitches\b|\bconcussion\b|\bbroken (?:bone|arm|leg|wrist|ankle|nose|rib|tooth)s?\b|\b(?:slipped|tripped) and fell\b|\bfell through\b|\bhit (?:his|her|my) head\b/gi,
  /\b(?:glass|metal|a screw|a needle|wire|a blade|plastic shards?) in (?:my|the|our|his|her|my \w+'s) (?:food|meal|salad|burger|sandwich|drink|soup|pizza|bread|cereal|mouth)\b|\bpiece of (?:glass|metal) in\b/gi,
  /\b(?:in|to|into) (?:the )?hospital\b(?! appointment)|\bhospitali[sz]ed\b|\bA&E\b|\bemergency room\b|\bthe ER\b|\bambulance\b|\bparamedics?\b|\burgent care\b|\bpoison control\b|\bmedical (?:attention|treatment|care)\b|\bhospital treatment\b/gi,
];

// Most messages contain none of these; one cheap test skips the full patterns.
const SAFETY_HINT =
  /poison|salmonella|coli\b|listeria|norovirus|botulism|campylobacter|vomit|threw up|throwing up|diarrh|cramps|stomach|\bsick|\bill\b|allerg|anaphyla|epi-?pen|hives|throat|reaction|fire\b|flame|spark|explo|smok|smell|melted|\bgas\b|shock|electr|wires?\b|monoxide|\bCO\b|\bchok|swallowed|injur|hurt|\bcuts?\b|slice|\bburn|scald|\bbro(?:ke|ken)\b|fractur|bruis|sprain|bleed|stitches|concussion|\bfell\b|\bhit\b|glass|metal|screw|needle|blade|shard|hospital|A&E|emergency room|\bER\b|ambulance|paramedic|urgent care|medical/i;

export function detectSafety(text: string): Span[] {
  if (!SAFETY_HINT.test(text)) return [];
  return findPhrases(text, SAFETY_PATTERNS);
}
