// What the agent reads back to a caller or visitor (R5): built from the concerns they noted,
// then edited by the agent before they say it. Shared so the web app fills the same words.
export function buildReadBack(concerns: readonly string[]): string {
  const points = concerns.map((c) => c.trim().replace(/[.!?\s]+$/, "")).filter(Boolean);
  if (points.length === 0) return "";
  const lowered = points.map((p) => (/^[A-Z][a-z]/.test(p) ? p[0]!.toLowerCase() + p.slice(1) : p));
  const listed =
    lowered.length === 1
      ? lowered[0]
      : `${lowered.slice(0, -1).join("; ")}; and ${lowered[lowered.length - 1]}`;
  return `Let me make sure I have this right. You told me: ${listed}. Have I understood you correctly?`;
}
