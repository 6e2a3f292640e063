// How many SMS a text costs (3GPP TS 23.038): the GSM 7-bit alphabet fits 160 characters in one
// message and 153 per part when split; anything outside it sends the whole text as UCS-2, 70 in
// one message and 67 per part. Extension characters ({, }, €, …) take two 7-bit slots.
const gsmBasic = new Set(
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà",
);
const gsmExtension = new Set("\f^{}\\[~]|€");

export type SmsCount = { encoding: "GSM-7" | "UCS-2"; units: number; segments: number; perSegment: number };

export function countSmsSegments(text: string): SmsCount {
  let septets = 0;
  let gsm = true;
  for (const char of text) {
    if (gsmBasic.has(char)) septets += 1;
    else if (gsmExtension.has(char)) septets += 2;
    else {
      gsm = false;
      break;
    }
  }
  if (gsm) {
    const perSegment = septets <= 160 ? 160 : 153;
    return { encoding: "GSM-7", units: septets, segments: Math.ceil(septets / perSegment), perSegment };
  }
  // UCS-2 counts UTF-16 code units: an emoji takes two.
  const units = text.length;
  const perSegment = units <= 70 ? 70 : 67;
  return { encoding: "UCS-2", units, segments: Math.ceil(units / perSegment), perSegment };
}
