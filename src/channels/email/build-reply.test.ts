import { describe, expect, it } from "vitest";
import { buildReplyMessage, buildReplySubject, deriveMessageId } from "./build-reply";

const base = {
  from: "support@shop.example",
  to: "jane@example.org",
  subject: "My parcel",
  text: "Hello",
  caseNumber: 12,
  replyTo: "reply+abc@reply.shop.example",
  messageIdDomain: "shop.example",
  idempotencyKey: "outbox:1",
};

describe("buildReplyMessage", () => {
  it("derives the same Message-ID from the same idempotency key and a new one from another", () => {
    const first = buildReplyMessage(base);
    expect(first.messageId).toMatch(/^<mend\.[0-9a-f]{32}@shop\.example>$/);
    expect(buildReplyMessage(base).messageId).toBe(first.messageId);
    expect(buildReplyMessage({ ...base, idempotencyKey: "outbox:2" }).messageId).not.toBe(first.messageId);
    expect(deriveMessageId({ idempotencyKey: "outbox:1", domain: "shop.example" })).toBe(first.messageId);
  });

  it("threads under the answered message: In-Reply-To plus References ending with it", () => {
    const message = buildReplyMessage({ ...base, inReplyTo: "<b@x>", references: ["<a@x>", "<b@x>"] });
    expect(message.inReplyTo).toBe("<b@x>");
    expect(message.references).toEqual(["<a@x>", "<b@x>"]);
    const fresh = buildReplyMessage(base);
    expect(fresh.inReplyTo).toBeUndefined();
    expect(fresh.references).toBeUndefined();
  });

  it("keeps the root and the latest ancestors of a very long thread", () => {
    const references = Array.from({ length: 50 }, (_, index) => `<r${index}@x>`);
    const message = buildReplyMessage({ ...base, inReplyTo: "<last@x>", references });
    const kept = message.references as string[];
    expect(kept).toHaveLength(20);
    expect(kept[0]).toBe("<r0@x>");
    expect(kept.at(-1)).toBe("<last@x>");
  });

  it("escapes the text into the HTML part when no HTML is given", () => {
    const message = buildReplyMessage({ ...base, text: 'Price < 5 & "quoted"\n\nBye\nSam' });
    expect(message.html).toContain("<p>Price &lt; 5 &amp; &quot;quoted&quot;</p>");
    expect(message.html).toContain("<p>Bye<br>\nSam</p>");
    expect(buildReplyMessage({ ...base, html: "<p>mine</p>" }).html).toBe("<p>mine</p>");
  });

  it("marks only automatic mail with Auto-Submitted", () => {
    expect(buildReplyMessage({ ...base, automatic: true }).headers).toEqual({
      "Auto-Submitted": "auto-replied",
    });
    expect(buildReplyMessage(base).headers).toEqual({});
  });
});

describe("buildReplySubject", () => {
  it.each([
    ["My parcel", "Re: My parcel [#12]"],
    ["Re: My parcel [#12]", "Re: My parcel [#12]"],
    ["RE: Re: AW: Fwd: My parcel", "Re: My parcel [#12]"],
    ["Re: [#12] My parcel", "Re: My parcel [#12]"],
    ["", "Re: [#12]"],
    ["Line\r\nBcc: evil@x", "Re: Line Bcc: evil@x [#12]"],
  ])("%j becomes %j", (subject, expected) => {
    expect(buildReplySubject({ subject, caseNumber: 12 })).toBe(expected);
  });
});
