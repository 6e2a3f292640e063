// Providers post raw MIME either as the body (message/rfc822) or as one field of a form:
// SendGrid's "email", Mailgun's "body-mime", others' "mime"/"raw"/"message".
const MIME_FIELDS = ["email", "body-mime", "mime", "raw", "message"];

export function readWebhookBody(options: { contentType: string; body: Buffer }): Buffer | null {
  const type = options.contentType.toLowerCase();
  if (type.startsWith("application/x-www-form-urlencoded")) {
    const form = new URLSearchParams(options.body.toString("latin1"));
    for (const name of MIME_FIELDS) {
      const value = form.get(name);
      // latin1 both ways keeps each byte as it was percent-encoded.
      if (value) return Buffer.from(Buffer.from(value, "latin1").toString("latin1"), "latin1");
    }
    return null;
  }
  if (type.startsWith("multipart/form-data")) {
    const boundary = /boundary="?([^";]+)"?/i.exec(options.contentType)?.[1];
    return boundary ? fieldFromMultipart(options.body, boundary) : null;
  }
  return options.body.length > 0 ? options.body : null;
}

function fieldFromMultipart(body: Buffer, boundary: string): Buffer | null {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: Buffer[] = [];
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next === -1) break;
    parts.push(body.subarray(start + delimiter.length, next));
    start = next;
  }
  const found = new Map<string, Buffer>();
  for (const part of parts) {
    const headerEnd = part.indexOf("\r\n\r\n");
    if (headerEnd === -1) continue;
    const headers = part.subarray(0, headerEnd).toString("latin1");
    // Strip the CRLF that belongs to the next delimiter.
    let content = part.subarray(headerEnd + 4);
    if (content.subarray(-2).toString() === "\r\n") content = content.subarray(0, -2);
    const name = /name="([^"]*)"/i.exec(headers)?.[1] ?? "";
    if (MIME_FIELDS.includes(name)) found.set(name, content);
    else if (/content-type:\s*message\/rfc822/i.test(headers)) found.set("message", content);
  }
  for (const name of MIME_FIELDS) if (found.has(name)) return found.get(name)!;
  return null;
}
