/**
 * Every match of a global pattern, as `[...text.matchAll(pattern)]` gives them. `matchAll` copies the
 * RegExp on every call, which costs twice the scan itself on a tweet-sized text; the analysis runs
 * dozens of patterns per message, so this loops over `exec` on the pattern instead.
 */
export function allMatches(text: string, pattern: RegExp): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern: ${pattern}`);
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    found.push(m);
    if (m[0] === "") {
      // step over an empty match the way matchAll does, by one code point in unicode mode
      const wide = pattern.unicode && (text.codePointAt(pattern.lastIndex) ?? 0) > 0xffff;
      pattern.lastIndex += wide ? 2 : 1;
    }
  }
  return found;
}
