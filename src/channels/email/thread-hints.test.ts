import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseEmail } from "./parse-email";
import { createReplyToken } from "./reply-token";
import { extractThreadHints } from "./thread-hints";

const orgId = "0b8f7a52-2f5e-4a8e-9d51-6b2c3d4e5f60";
const caseId = "7d1e2f30-4a5b-4c6d-8e9f-0a1b2c3d4e5f";
const secret = "test-secret";
const fixture = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/email/${name}`, import.meta.url), "latin1");

async function gmailReplyWithToken(token: string) {
  return await parseEmail({ raw: Buffer.from(fixture("reply-gmail.eml").replace("TOKEN", token), "latin1") });
}

describe("extractThreadHints", () => {
  it("finds our signed reply token, the In-Reply-To/References chain and the subject's case number", async () => {
    const parsed = await gmailReplyWithToken(createReplyToken({ orgId, caseId, secret }));
    expect(extractThreadHints({ parsed, ownDomain: "reply.shop.example", replyTokenSecret: secret })).toEqual(
      {
        replyToken: { orgId, caseId },
        inReplyTo: "<mend.abc@shop.example>",
        references: ["<plain-1@example.org>", "<mend.abc@shop.example>"],
        caseNumberFromSubject: 1234,
      },
    );
  });

  it("ignores a token at another domain or with a bad signature", async () => {
    const parsed = await gmailReplyWithToken(createReplyToken({ orgId, caseId, secret }));
    expect(
      extractThreadHints({ parsed, ownDomain: "shop.example", replyTokenSecret: secret }).replyToken,
    ).toBeUndefined();
    expect(extractThreadHints({ parsed, replyTokenSecret: "wrong" }).replyToken).toBeUndefined();
    const forged = await gmailReplyWithToken("a".repeat(64));
    expect(extractThreadHints({ parsed: forged, replyTokenSecret: secret }).replyToken).toBeUndefined();
  });

  it("finds the token in Delivered-To when the client rewrote the recipients", () => {
    const token = createReplyToken({ orgId, caseId, secret });
    const hints = extractThreadHints({
      parsed: {
        to: [{ name: "", address: "support@shop.example" }],
        cc: [],
        headers: { "delivered-to": [`reply+${token}@reply.shop.example`] },
        inReplyTo: null,
        references: [],
        subject: "help",
      },
      replyTokenSecret: secret,
    });
    expect(hints.replyToken).toEqual({ orgId, caseId });
    expect(hints.caseNumberFromSubject).toBeUndefined();
  });

  it.each([
    ["Re: broken [#42]", 42],
    ["RE: Case #77 refund", 77],
    ["case#9", 9],
    ["Order #55 is late", undefined],
    ["[#12a] odd", undefined],
  ])("reads the case number from %j", (subject, expected) => {
    const hints = extractThreadHints({
      parsed: { to: [], cc: [], headers: {}, inReplyTo: null, references: [], subject },
      replyTokenSecret: secret,
    });
    expect(hints.caseNumberFromSubject).toBe(expected);
  });
});
