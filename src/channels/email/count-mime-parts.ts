const BOUNDARY_PARAM = /boundary\s*=\s*(?:"([^"\r\n]{1,200})"|([^\s;"]{1,200}))/gi;

/**
 * Counts MIME part delimiters in one linear pass so a hostile message (thousands of parts) is refused
 * before mailparser builds a tree for it. Counting stops at `stopAfter` to bound the work.
 */
export function countMimeParts({ raw, stopAfter }: { raw: Buffer; stopAfter: number }): number {
  const source = raw.toString("latin1");
  const boundaries = new Set<string>();
  for (const match of source.matchAll(BOUNDARY_PARAM)) {
    const boundary = (match[1] ?? match[2] ?? "").trim();
    if (boundary) boundaries.add(boundary);
  }
  if (boundaries.size === 0) return 1;

  let parts = 0;
  let lineStart = 0;
  while (lineStart < source.length) {
    let lineEnd = source.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = source.length;
    if (source.startsWith("--", lineStart)) {
      const candidate = source.slice(lineStart + 2, lineEnd).replace(/\s+$/, "");
      // A closing delimiter ("--boundary--") ends a multipart; it does not open a part.
      if (boundaries.has(candidate)) {
        parts += 1;
        if (parts > stopAfter) return parts;
      }
    }
    lineStart = lineEnd + 1;
  }
  return parts;
}
