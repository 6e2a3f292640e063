// Mail may carry U+0000 once decoded (base64, quoted-printable, encoded words); PostgreSQL cannot
// store it in text, and it means nothing to a reader, so decoded mail loses it before anything else.
export function stripNul<T>(value: T): T {
  if (typeof value === "string") return value.replaceAll("\u0000", "") as T;
  if (Array.isArray(value)) return value.map(stripNul) as T;
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, stripNul(item)])) as T;
  }
  return value;
}
