import { fillTemplate } from "../fill-template";
import type { CoachRule } from "../rule";
import { cachedWordShingles, jaccard, wordShingles } from "../shingles";
import { wholeDocument } from "../text-spans";

// Above this share of common three-word runs a reader recognises the script.
const threshold = 0.5;
const minimumShingles = 6;

export const roboticDuplicate: CoachRule = {
  id: "robotic-duplicate",
  description: "A near copy of a template or of replies recently sent to other customers",
  requirement: "R13",
  severity: "warning",
  check: ({ text, input }) => {
    const reply = wordShingles(text);
    if (reply.size < minimumShingles) return [];
    const variables = input.variables ?? {};
    const candidates = [
      ...(input.templates ?? []).map((template) => ({
        kind: "a saved template",
        text: fillTemplate({ text: template, variables }).text,
      })),
      ...(input.recentReplies ?? []).map((recent) => ({
        kind: "a reply recently sent to another customer",
        text: recent,
      })),
    ];
    let best = { similarity: 0, kind: "" };
    for (const candidate of candidates) {
      const similarity = jaccard(reply, cachedWordShingles(candidate.text));
      if (similarity > best.similarity) best = { similarity, kind: candidate.kind };
    }
    if (best.similarity < threshold) return [];
    const { start, end } = wholeDocument(text);
    return [
      {
        ruleId: "robotic-duplicate",
        severity: "warning",
        message: `This reply is ${Math.round(best.similarity * 100)}% the same as ${best.kind}; it will read as scripted.`,
        start,
        end,
        suggestion: "Rewrite it around this customer: their name, what happened to them, and what you did.",
      },
    ];
  },
};
