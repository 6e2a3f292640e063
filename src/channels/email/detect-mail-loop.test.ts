import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectMailLoop } from "./detect-mail-loop";
import { parseEmail } from "./parse-email";

const fixture = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/email/${name}`, import.meta.url));

describe("detectMailLoop on fixtures", () => {
  it.each([
    ["plain.eml", "normal", ""],
    ["auto-submitted-no.eml", "normal", ""],
    ["auto-submitted.eml", "auto_reply", "Auto-Submitted: auto-replied"],
    ["x-autoreply.eml", "auto_reply", "x-autoreply: yes"],
    ["x-autorespond.eml", "auto_reply", "x-autorespond: Out of office"],
    ["x-auto-response-suppress.eml", "auto_reply", "X-Auto-Response-Suppress: All"],
    ["precedence-bulk.eml", "bulk", "Precedence: bulk"],
    ["precedence-list.eml", "bulk", "Precedence: list"],
    ["precedence-junk.eml", "bulk", "Precedence: junk"],
    ["list-unsubscribe.eml", "bulk", "List-Unsubscribe header"],
    ["list-id.eml", "bulk", "List-Id header"],
    ["bounce-postmaster.eml", "bounce", "sender postmaster@example.org"],
  ])("%s is %s", async (name, kind, reason) => {
    const parsed = await parseEmail({ raw: fixture(name) });
    expect(parsed.loop.kind).toBe(kind);
    expect(parsed.loop.reason).toBe(reason);
  });

  it("reads the permanently failed recipients of a delivery-status report, not the delayed one", async () => {
    const parsed = await parseEmail({ raw: fixture("bounce-report.eml") });
    expect(parsed.loop).toEqual({
      kind: "bounce",
      reason: "Content-Type: multipart/report; report-type=delivery-status",
      bouncedRecipients: ["gone@example.org", "full@example.net"],
    });
  });

  it("takes bounced recipients from X-Failed-Recipients", async () => {
    const parsed = await parseEmail({ raw: fixture("bounce-x-failed-recipients.eml") });
    expect(parsed.loop).toEqual({
      kind: "bounce",
      reason: "X-Failed-Recipients header",
      bouncedRecipients: ["lost@example.org", "other@example.org"],
    });
  });
});

describe("detectMailLoop rules", () => {
  const raw = Buffer.from("");

  it("treats Precedence: auto_reply as an auto-reply and mailer-daemon as a bounce", () => {
    expect(
      detectMailLoop({ headers: { precedence: ["auto_reply"] }, fromAddress: "x@example.org", raw }).kind,
    ).toBe("auto_reply");
    expect(detectMailLoop({ headers: {}, fromAddress: "MAILER-DAEMON@mx.example.org", raw }).kind).toBe(
      "bounce",
    );
  });

  it("ignores X-Auto-Response-Suppress values that only ask others not to answer receipts", () => {
    expect(
      detectMailLoop({ headers: { "x-auto-response-suppress": ["DR, RN"] }, fromAddress: "a@b.c", raw }).kind,
    ).toBe("normal");
    expect(
      detectMailLoop({
        headers: { "x-auto-response-suppress": ["OOF, AutoReply"] },
        fromAddress: "a@b.c",
        raw,
      }).kind,
    ).toBe("auto_reply");
  });

  it("lets a bounce win over the auto-reply headers it also carries", () => {
    const verdict = detectMailLoop({
      headers: { "auto-submitted": ["auto-replied"], "x-failed-recipients": ["gone@example.org"] },
      fromAddress: "bounces@example.org",
      raw,
    });
    expect(verdict.kind).toBe("bounce");
  });
});
