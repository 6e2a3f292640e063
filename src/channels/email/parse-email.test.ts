import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EmailRejectedError } from "./email-rejected-error";
import { parseEmail } from "./parse-email";

const fixture = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/email/${name}`, import.meta.url));

function manyPartsMessage(parts: number): Buffer {
  const lines = [
    "From: a@example.org",
    "To: b@example.org",
    "Subject: bomb",
    'Content-Type: multipart/mixed; boundary="b"',
    "",
  ];
  for (let index = 0; index < parts; index += 1)
    lines.push("--b", "Content-Type: text/plain", "", `part ${index}`);
  lines.push("--b--", "");
  return Buffer.from(lines.join("\r\n"));
}

describe("parseEmail", () => {
  it("reads a plain message: ids, addresses, subject, date and text", async () => {
    const parsed = await parseEmail({ raw: fixture("plain.eml") });
    expect(parsed.messageId).toBe("<plain-1@example.org>");
    expect(parsed.from).toEqual({ name: "Jane Doe", address: "jane@example.org" });
    expect(parsed.to.map((entry) => entry.address)).toEqual(["support@shop.example", "orders@shop.example"]);
    expect(parsed.cc).toEqual([{ name: "Bob", address: "bob@example.org" }]);
    expect(parsed.replyTo).toEqual([{ name: "Jane Private", address: "jane.private@example.org" }]);
    expect(parsed.subject).toBe("My parcel never arrived [#1234]");
    expect(parsed.date?.toISOString()).toBe("2025-03-04T09:15:00.000Z");
    expect(parsed.text).toContain("it never arrived. I want a refund.");
    expect(parsed.html).toBeNull();
    expect(parsed.loop.kind).toBe("normal");
    expect(parsed.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("derives plain text from an HTML-only message and blocks its tracking pixel", async () => {
    const parsed = await parseEmail({ raw: fixture("html-only.eml") });
    expect(parsed.text).toContain("The kettle leaks everywhere.");
    expect(parsed.text).not.toContain("Ignored title");
    expect(parsed.html).toContain("<b>leaks</b>");
    expect(parsed.html).toContain('style="color:#c00;font-weight:bold"');
    expect(parsed.html).toContain('data-remote-src="https://tracker.example.net/pixel.gif"');
    expect(parsed.html).not.toMatch(/<img[^>]*\ssrc=/);
    expect(parsed.html).not.toContain("<style");
    expect(parsed.html).not.toContain("Ignored title");
  });

  it("loads remote images only when allowed", async () => {
    const parsed = await parseEmail({ raw: fixture("html-only.eml"), allowRemoteImages: true });
    expect(parsed.html).toContain('src="https://tracker.example.net/pixel.gif"');
    expect(parsed.html).not.toContain("data-remote-src");
  });

  it("keeps attachments with safe names and marks only raster images inline", async () => {
    const parsed = await parseEmail({ raw: fixture("multipart-attachments.eml") });
    expect(parsed.text.trim()).toBe("The box was crushed, see the photo.");
    expect(parsed.html).toContain('src="cid:photo1@example.org"');
    const byName = Object.fromEntries(
      parsed.attachments.map((attachment) => [attachment.filename, attachment]),
    );
    expect(Object.keys(byName).sort()).toEqual(["box.png", "logo.svg", "page.html", "receipt.pdf"]);
    expect(byName["box.png"]).toMatchObject({
      contentType: "image/png",
      contentId: "photo1@example.org",
      inline: true,
    });
    expect(byName["box.png"]?.content.subarray(1, 4).toString()).toBe("PNG");
    expect(byName["receipt.pdf"]).toMatchObject({ contentType: "application/pdf", inline: false });
    expect(byName["receipt.pdf"]?.content.toString()).toContain("%PDF-1.4");
    expect(byName["receipt.pdf"]?.size).toBe(byName["receipt.pdf"]?.content.length);
    expect(byName["logo.svg"]?.inline).toBe(false);
    expect(byName["page.html"]?.inline).toBe(false);
    expect(parsed.attachments.every((attachment) => attachment.rejected === undefined)).toBe(true);
  });

  it("rejects attachments over the size limit or outside the allowed types, dropping their bytes", async () => {
    const parsed = await parseEmail({
      raw: fixture("multipart-attachments.eml"),
      limits: { maxAttachmentBytes: 60, allowedAttachmentTypes: ["image/*", "application/pdf"] },
    });
    const byName = Object.fromEntries(
      parsed.attachments.map((attachment) => [attachment.filename, attachment]),
    );
    expect(byName["box.png"]).toMatchObject({ rejected: "too_large", size: 70 });
    expect(byName["box.png"]?.content.length).toBe(0);
    expect(byName["receipt.pdf"]?.rejected).toBeUndefined();
    expect(byName["page.html"]?.rejected).toBe("type_not_allowed");
    expect(byName["page.html"]?.content.length).toBe(0);
  });

  it.each([
    [
      "iso-8859-1.eml",
      "Jürgen Müller",
      "Beschädigte Lieferung",
      "Die Lieferung war beschädigt. Grüße aus Köln, café au lait.",
    ],
    ["windows-1252.eml", "Jane Doe", "Overcharged", "You charged me €50 twice – that’s “unacceptable”."],
    ["shift-jis.eml", "山田太郎", "届いた商品が壊れています", "届いた商品が壊れています。返金してください。"],
    ["koi8-r.eml", "Иван Петров", "Посылка не пришла", "Посылка не пришла, верните деньги."],
  ])("decodes %s into UTF-8 text", async (name, sender, subject, body) => {
    const parsed = await parseEmail({ raw: fixture(name) });
    expect(parsed.from?.name).toBe(sender);
    expect(parsed.subject).toBe(subject);
    expect(parsed.text.trim()).toBe(body);
  });

  it("splits a Gmail reply into new text, signature and quoted history", async () => {
    const parsed = await parseEmail({ raw: fixture("reply-gmail.eml") });
    expect(parsed.inReplyTo).toBe("<mend.abc@shop.example>");
    expect(parsed.references).toEqual(["<plain-1@example.org>", "<mend.abc@shop.example>"]);
    expect(parsed.newText).toBe(
      'Thanks, but the tracking link still says "in transit".\nCan you send a new one instead?',
    );
    expect(parsed.signature).toBe("Sent from my iPhone");
    expect(parsed.quotedText).toMatch(/^On Tue, 4 Mar 2025 at 15:02, Shop Support/);
    expect(parsed.quotedText).toContain("> We are sorry.");
  });

  it("splits an Outlook reply at -----Original Message-----", async () => {
    const parsed = await parseEmail({ raw: fixture("reply-outlook.eml") });
    expect(parsed.newText).toBe("I still have not received the refund.");
    expect(parsed.signature).toBe("Kind regards,\nBob Smith\nPurchasing Manager");
    expect(parsed.quotedText).toMatch(/^-----Original Message-----\nFrom: Shop Support/);
    expect(parsed.headers["thread-index"]).toEqual(["AQHZabc123"]);
  });

  it("renders hostile HTML inert", async () => {
    const parsed = await parseEmail({ raw: fixture("hostile-html.eml") });
    const html = parsed.html ?? "";
    expect(html).toContain("Thank you");
    expect(html).toContain(
      '<a href="https://shop.example/orders/1" target="_blank" rel="noopener noreferrer nofollow">',
    );
    for (const forbidden of [
      /<script/i,
      /<style/i,
      /<svg/i,
      /<iframe/i,
      /<object/i,
      /<embed/i,
      /<form/i,
      /<input/i,
      /<meta/i,
      /<base/i,
      /\son[a-z]+\s*=/i,
      /javascript/i,
      /expression\(/i,
      /url\(/i,
      /data:/i,
      /alert\(/i,
    ]) {
      expect(html).not.toMatch(forbidden);
    }
    expect(html).toContain('data-remote-src="https://evil.example/track.gif?u=jane"');
  });

  it("handles HTML nested 100,000 levels deep in linear time and keeps its words", async () => {
    const raw = Buffer.from(
      `From: a@example.org\r\nSubject: deep\r\nContent-Type: text/html\r\n\r\n${"<div><b>deep</b>".repeat(100_000)}`,
    );
    const started = performance.now();
    const parsed = await parseEmail({ raw });
    expect(performance.now() - started).toBeLessThan(3000);
    expect(parsed.html).not.toContain("<div");
    expect(parsed.html).toContain("deep deep");
    expect(parsed.text.startsWith("deep")).toBe(true);
  });

  it("refuses a message over maxBytes before parsing", async () => {
    const big = Buffer.concat([
      Buffer.from("From: a@example.org\r\nSubject: big\r\n\r\n"),
      Buffer.alloc(11 * 1024 * 1024, "a"),
    ]);
    const attempt = parseEmail({ raw: big });
    await expect(attempt).rejects.toBeInstanceOf(EmailRejectedError);
    await expect(attempt).rejects.toMatchObject({ code: "too_large" });
    await expect(parseEmail({ raw: fixture("plain.eml"), limits: { maxBytes: 100 } })).rejects.toMatchObject({
      code: "too_large",
    });
  });

  it("refuses a 10,000-part message quickly instead of building its tree", async () => {
    const started = performance.now();
    await expect(parseEmail({ raw: manyPartsMessage(10_000) })).rejects.toMatchObject({
      code: "too_many_parts",
    });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("reports a message mailparser cannot take, such as megabytes of headers, as malformed", async () => {
    const raw = Buffer.from(`From: a@example.org\r\n${"X-Junk: a\r\n".repeat(400_000)}\r\nbody`);
    await expect(parseEmail({ raw })).rejects.toMatchObject({
      name: "EmailRejectedError",
      code: "malformed",
    });
  });

  it("parses a message right at the part limit", async () => {
    const parsed = await parseEmail({ raw: manyPartsMessage(20), limits: { maxParts: 20 } });
    expect(parsed.subject).toBe("bomb");
    await expect(parseEmail({ raw: manyPartsMessage(21), limits: { maxParts: 20 } })).rejects.toMatchObject({
      code: "too_many_parts",
    });
  });
});
