import { describe, expect, it } from "vitest";
import { createReplyToken, REPLY_TOKEN_LENGTH, verifyReplyToken } from "./reply-token";

const orgId = "0b8f7a52-2f5e-4a8e-9d51-6b2c3d4e5f60";
const caseId = "7d1e2f30-4a5b-4c6d-8e9f-0a1b2c3d4e5f";
const secret = "test-secret";

describe("reply tokens", () => {
  it("round-trips the org and case ids", () => {
    const token = createReplyToken({ orgId, caseId, secret });
    expect(verifyReplyToken({ token, secret })).toEqual({ orgId, caseId });
  });

  it("is deterministic, 64 characters and safe in an email local part and a URL", () => {
    const token = createReplyToken({ orgId, caseId, secret });
    expect(token).toBe(createReplyToken({ orgId, caseId, secret }));
    expect(token).toHaveLength(64);
    expect(REPLY_TOKEN_LENGTH).toBe(64);
    expect(token).toMatch(/^[a-z2-7]+$/);
    expect(encodeURIComponent(token)).toBe(token);
  });

  it("accepts upper-case upper-cased copies because mail systems may fold case", () => {
    const token = createReplyToken({ orgId, caseId, secret });
    expect(verifyReplyToken({ token: token.toUpperCase(), secret })).toEqual({ orgId, caseId });
  });

  it("normalises upper-case UUIDs", () => {
    const token = createReplyToken({ orgId: orgId.toUpperCase(), caseId, secret });
    expect(verifyReplyToken({ token, secret })?.orgId).toBe(orgId);
  });

  it("rejects a token signed with another secret", () => {
    const token = createReplyToken({ orgId, caseId, secret: "other" });
    expect(verifyReplyToken({ token, secret })).toBeNull();
  });

  it("rejects every single-character change", () => {
    const token = createReplyToken({ orgId, caseId, secret });
    for (let index = 0; index < token.length; index += 1) {
      const replacement = token[index] === "a" ? "b" : "a";
      const tampered = token.slice(0, index) + replacement + token.slice(index + 1);
      expect(verifyReplyToken({ token: tampered, secret })).toBeNull();
    }
  });

  it("rejects malformed input", () => {
    const token = createReplyToken({ orgId, caseId, secret });
    for (const bad of ["", token.slice(1), `${token}a`, token.replace(/.$/, "1"), "!".repeat(64)]) {
      expect(verifyReplyToken({ token: bad, secret })).toBeNull();
    }
  });

  it("accepts any of several secrets so the secret can be rotated", () => {
    const token = createReplyToken({ orgId, caseId, secret: "old" });
    expect(verifyReplyToken({ token, secret: ["new", "old"] })).toEqual({ orgId, caseId });
    expect(verifyReplyToken({ token, secret: ["new"] })).toBeNull();
    expect(verifyReplyToken({ token, secret: [] })).toBeNull();
  });

  it("refuses ids that are not UUIDs and an empty secret", () => {
    expect(() => createReplyToken({ orgId: "42", caseId, secret })).toThrow(/UUID/);
    expect(() => createReplyToken({ orgId, caseId, secret: "" })).toThrow(/secret/);
  });
});
