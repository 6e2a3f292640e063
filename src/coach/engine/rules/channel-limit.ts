import type { CoachRule } from "../rule";
import type { Finding } from "../schema";
import { findAll } from "../text-spans";

const xLimit = 280;
// X counts every link as 23 characters, whatever its length.
const xLinkLength = 23;
const link = /\bhttps?:\/\/\S+/g;
// GSM 03.38: the basic set costs one septet, the extension table two; anything else forces UCS-2.
const gsmBasic =
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
const gsmExtension = "^{}\\[~]|€\f";
const smsSegmentsWarned = 3;
// Markup that Messenger, Instagram, SMS and X show as literal characters.
const markup =
  /\*\*[^*\n]+\*\*|(?<![\w*])\*[^*\s][^*\n]*\*(?![\w*])|__[^_\n]+__|(?<=^|\s)#{1,6}\s+\S[^\n]*|<\/?(?:b|i|u|strong|em|br|p|a|ul|li|h[1-6])\b[^>]*>|\[[^\]\n]+\]\(https?:\/\/[^)\s]+\)/gim;
const plainTextChannels = new Set(["facebook", "instagram", "sms", "twitter"]);

export function smsSegments(text: string): { segments: number; encoding: "GSM-7" | "UCS-2"; units: number } {
  let septets = 0;
  for (const character of text) {
    if (gsmBasic.includes(character)) septets += 1;
    else if (gsmExtension.includes(character)) septets += 2;
    else {
      const units = text.length;
      return { segments: units <= 70 ? 1 : Math.ceil(units / 67), encoding: "UCS-2", units };
    }
  }
  return { segments: septets <= 160 ? 1 : Math.ceil(septets / 153), encoding: "GSM-7", units: septets };
}

function xLength(text: string): number {
  const links = findAll(text, link);
  const withoutLinks = links.reduce((total, span) => total - [...span.text].length + xLinkLength, 0);
  return [...text].length + withoutLinks;
}

export const channelLimit: CoachRule = {
  id: "channel-limit",
  description:
    "Too long or wrongly formatted for the channel: X over 280 characters, SMS over two segments (160 GSM-7 / 70 UCS-2 characters each), markup on plain-text channels",
  requirement: "R14",
  severity: "warning",
  check: ({ text, input }) => {
    const findings: Finding[] = [];
    const end = text.length;
    if (input.channel === "twitter" && xLength(text) > xLimit) {
      findings.push({
        ruleId: "channel-limit",
        severity: "warning",
        message: `${xLength(text)} characters: X cuts a reply at ${xLimit}, so the customer sees half of it or it fails to post.`,
        start: 0,
        end,
        suggestion: "Keep the apology and what you did in one short post; move the detail to DM or email.",
      });
    }
    if (input.channel === "sms") {
      const { segments, encoding, units } = smsSegments(text);
      if (segments > 1)
        findings.push({
          ruleId: "channel-limit",
          severity: segments >= smsSegmentsWarned ? "warning" : "hint",
          message: `${units} ${encoding} characters make ${segments} SMS segments${encoding === "UCS-2" ? " (one emoji or accented letter outside GSM-7 cuts a segment to 70 characters)" : ""}; long texts arrive split or out of order and cost more.`,
          start: 0,
          end,
          suggestion: "Say what you did and what happens next in one text; send the detail by email.",
        });
    }
    if (plainTextChannels.has(input.channel)) {
      for (const span of findAll(text, markup))
        findings.push({
          ruleId: "channel-limit",
          severity: "warning",
          message: `“${span.text}”: this channel shows plain text, so the customer sees the markup characters.`,
          start: span.start,
          end: span.end,
          suggestion: "Write it as plain text; paste a bare link instead of [text](link).",
        });
    }
    return findings;
  },
};
