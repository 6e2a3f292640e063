// The airline data's publisher rewrote words inside the tweets themselves ("late" became "Late Flight",
// "cancel" became "Cancelled Flight", "booking" became "Flight Booking Problems"), in every class. Undoing
// the rewrite keeps the model from learning those artefacts; the exact, case-sensitive forms are rare in
// ordinary writing, so applying it to every message is harmless.
const PUBLISHER_ARTEFACTS: ReadonlyArray<[RegExp, string]> = [
  [/Cancelled Flight/g, "cancel"],
  [/Late Flight/g, "late"],
  [/Flight Booking Problems/g, "booking"],
];

const HAS_ARTEFACT = /Cancelled Flight|Late Flight|Flight Booking Problems/;

export function normalizePublisherArtefacts(text: string): string {
  if (!HAS_ARTEFACT.test(text)) return text;
  let out = text;
  for (const [pattern, replacement] of PUBLISHER_ARTEFACTS) out = out.replace(pattern, replacement);
  return out;
}

// HTML entities appear in tweets and web forms; the few common ones are decoded so words stay whole.
export function decodeCommonEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'");
}

export function normalizeText(text: string): string {
  return decodeCommonEntities(normalizePublisherArtefacts(text)).replace(/[\u2018\u2019\u02bc]/g, "'");
}
