import { describe, expect, it } from "vitest";
import { sanitizeFilename, screenAttachment } from "./screen-attachment";

describe("sanitizeFilename", () => {
  it.each([
    ["../../etc/passwd", "passwd"],
    ["C:\\Users\\jane\\invoice.pdf", "invoice.pdf"],
    ['re<port>:"1"|?*.txt', "re_port___1____.txt"],
    ["  ..hidden  ", "hidden"],
    ["evil\u202Efdp.exe", "evilfdp.exe"],
    ["tab\tand\nnewline.txt", "tabandnewline.txt"],
    ["CON.txt", "_CON.txt"],
  ])("%j becomes %j", (filename, expected) => {
    expect(sanitizeFilename({ filename })).toBe(expected);
  });

  it("falls back to a name from the content type", () => {
    expect(sanitizeFilename({ filename: "", contentType: "application/pdf" })).toBe("attachment.pdf");
    expect(sanitizeFilename({ filename: undefined, contentType: "application/x-unknown" })).toBe(
      "attachment",
    );
  });

  it("shortens very long names but keeps the extension", () => {
    const name = sanitizeFilename({ filename: `${"a".repeat(400)}.docx` });
    expect(name).toHaveLength(150);
    expect(name.endsWith(".docx")).toBe(true);
  });
});

describe("screenAttachment", () => {
  const base = {
    contentType: "image/png",
    size: 10,
    content: Buffer.alloc(10, 1),
    contentDisposition: "inline",
  };

  it("marks inline raster images renderable but never SVG or HTML", () => {
    expect(screenAttachment({ attachment: { ...base, filename: "a.png" } }).inline).toBe(true);
    expect(
      screenAttachment({ attachment: { ...base, contentType: "image/svg+xml", filename: "a.svg" } }).inline,
    ).toBe(false);
    expect(
      screenAttachment({ attachment: { ...base, contentType: "text/html", filename: "a.html" } }).inline,
    ).toBe(false);
    expect(
      screenAttachment({ attachment: { ...base, contentDisposition: "attachment", filename: "a.png" } })
        .inline,
    ).toBe(false);
  });

  it("strips angle brackets from the Content-ID", () => {
    expect(screenAttachment({ attachment: { ...base, contentId: "<img1@x>" } }).contentId).toBe("img1@x");
  });

  it("accepts a file exactly at the size limit and rejects one byte more", () => {
    expect(
      screenAttachment({ attachment: base, limits: { maxAttachmentBytes: 10 } }).rejected,
    ).toBeUndefined();
    const rejected = screenAttachment({
      attachment: { ...base, size: 11 },
      limits: { maxAttachmentBytes: 10 },
    });
    expect(rejected.rejected).toBe("too_large");
    expect(rejected.content.length).toBe(0);
  });

  it("applies exact and wildcard type allow-lists", () => {
    const limits = { allowedAttachmentTypes: ["image/*", "application/pdf"] };
    expect(screenAttachment({ attachment: base, limits }).rejected).toBeUndefined();
    expect(
      screenAttachment({ attachment: { ...base, contentType: "Application/PDF" }, limits }).rejected,
    ).toBeUndefined();
    expect(
      screenAttachment({ attachment: { ...base, contentType: "application/zip" }, limits }).rejected,
    ).toBe("type_not_allowed");
  });
});
