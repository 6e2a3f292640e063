// Small helpers that every rule uses to turn regular expressions into character spans.
export type Span = { start: number; end: number; text: string };

export function findAll(text: string, pattern: RegExp): Span[] {
  const flags = pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`;
  const global = new RegExp(pattern.source, flags);
  const spans: Span[] = [];
  for (const match of text.matchAll(global)) {
    if (match[0].length === 0) continue;
    const start = match.index ?? 0;
    spans.push({ start, end: start + match[0].length, text: match[0] });
  }
  return spans;
}

const sentenceBoundary = /(?:[^.!?\n]|(?<=\d)\.(?=\d))+(?:[.!?]+["')\]]*|\n|$)/g;

// Splits on terminal punctuation and line breaks (not the point in "€64.50"); good enough for
// short support replies.
export function splitSentences(text: string): Span[] {
  const sentences: Span[] = [];
  for (const match of text.matchAll(sentenceBoundary)) {
    const raw = match[0];
    const leading = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length === 0) continue;
    const start = (match.index ?? 0) + leading;
    sentences.push({ start, end: start + trimmed.length, text: trimmed });
  }
  return sentences;
}

export function sentenceContaining(sentences: Span[], offset: number): Span | undefined {
  return sentences.find((sentence) => offset >= sentence.start && offset < sentence.end);
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

// The few words just before an offset, used to spot negations such as "you won't need to".
export function wordsBefore(text: string, offset: number, count: number): string[] {
  const words =
    text
      .slice(Math.max(0, offset - 60), offset)
      .toLowerCase()
      .match(/[a-z']+/g) ?? [];
  return words.slice(-count);
}

export function wholeDocument(text: string): { start: number; end: number } {
  const firstLineEnd = text.search(/[\n.!?]/);
  return { start: 0, end: firstLineEnd === -1 ? text.length : firstLineEnd + 1 };
}
