import { describe, expect, it } from "vitest";
import { sanitizeEmailHtml } from "./sanitize-email-html";

const clean = (html: string, allowRemoteImages = false) => sanitizeEmailHtml({ html, allowRemoteImages });

describe("sanitizeEmailHtml", () => {
  it("keeps ordinary formatting, tables and safe inline styles", () => {
    const html = clean(
      '<table width="100%" cellpadding="4"><tr><td align="center" style="color: #333; font-size: 14px">Hi <strong>Jane</strong></td></tr></table>',
    );
    expect(html).toBe(
      '<table width="100%" cellpadding="4"><tr><td align="center" style="color:#333;font-size:14px">Hi <strong>Jane</strong></td></tr></table>',
    );
  });

  it("drops scripts with their content and event handlers", () => {
    expect(clean('<p onclick="steal()">Hi<script>steal()</script></p>')).toBe("<p>Hi</p>");
  });

  it("drops CSS that could run code or fetch URLs", () => {
    expect(
      clean(
        '<p style="width: expression(alert(1)); background: url(https://x.example/a.png); color: blue">x</p>',
      ),
    ).toBe('<p style="color:blue">x</p>');
  });

  it("removes javascript:, data: and relative link targets but keeps the link text", () => {
    for (const href of [
      "javascript:alert(1)",
      " JAVASCRIPT:alert(1)",
      "data:text/html,<script>1</script>",
      "/api/admin",
    ]) {
      expect(clean(`<a href="${href}">x</a>`)).toBe(
        '<a target="_blank" rel="noopener noreferrer nofollow">x</a>',
      );
    }
    expect(clean('<a href="mailto:help@shop.example">mail</a>')).toContain('href="mailto:help@shop.example"');
  });

  it("replaces remote image sources with data-remote-src and keeps cid: images", () => {
    expect(clean('<img src="https://t.example/p.gif" alt="" width="1">')).toBe(
      '<img alt="" width="1" data-remote-src="https://t.example/p.gif" />',
    );
    expect(clean('<img src="cid:part1@x">')).toBe('<img src="cid:part1@x" />');
    expect(clean('<img src="https://t.example/p.gif">', true)).toBe('<img src="https://t.example/p.gif" />');
  });

  it("never lets an attacker set data-remote-src to a script URL", () => {
    expect(clean('<img src="javascript:alert(1)" data-remote-src="javascript:alert(2)">')).toBe("<img />");
  });

  it("removes svg, iframes, forms and the document head", () => {
    const html = clean(
      '<head><title>T</title><meta http-equiv="refresh" content="0"></head><svg onload="x()"><a href="https://a.example">s</a></svg><iframe src="https://a.example"></iframe><form><input value="p"></form>ok',
    );
    expect(html).not.toMatch(/<(svg|iframe|form|input|meta|title)/);
    expect(html).not.toContain("T");
    expect(html).toContain("ok");
  });
});

describe("sanitizeEmailHtml on deeply nested markup", () => {
  it("keeps the structure of ordinary nesting", () => {
    const html = `${"<div>".repeat(50)}x${"</div>".repeat(50)}`;
    expect(sanitizeEmailHtml({ html })).toBe(html);
  });

  it("flattens markup nested beyond the limit to escaped text", () => {
    const html = `${"<div><script>alert(1)</script><b>&lt;hi&gt;</b>".repeat(600)}`;
    const result = sanitizeEmailHtml({ html });
    expect(result).not.toMatch(/<(div|b|script)/);
    expect(result).toContain("&lt;hi&gt;");
  });
});
