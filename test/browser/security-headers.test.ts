import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { makeMessage, makeOrg, makeToken, makeUser } from "../support/factories";
import { login, withServerAndBrowser } from "./browser";

const running = withServerAndBrowser();

// Every Content-Security-Policy refusal the page meets, from the DOM event and from the console.
async function watchViolations(page: Page) {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction("reportViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  return violations;
}

describe("the app and the API docs under the Content-Security-Policy", () => {
  it("sign in, the queue and /docs work with no CSP violation", async () => {
    const db = running.server.database.db;
    const org = await makeOrg(db);
    const agent = await makeUser(db, org.id, "agent", "Ana Agent");
    const token = await makeToken(db, org.id);
    const posted = await fetch(`${running.server.baseUrl}/api/v1/messages`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(makeMessage({ from: { name: "Nina First", email: "nina@example.com" } })),
    });
    expect(posted.status).toBe(201);

    const page = await running.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const violations = await watchViolations(page);
    const answer = await page.goto(`${running.server.baseUrl}/sign-in`);
    expect(answer?.headers()["content-security-policy"]).toContain("script-src 'self'");
    await login(page, running.server.baseUrl, agent);
    await page.getByTestId("case-row").filter({ hasText: "Nina First" }).waitFor();
    await page.screenshot({ path: "/tmp/mend-csp-queue.png" });

    await page.goto(`${running.server.baseUrl}/docs`);
    await page.locator(".swagger-ui .info .title").waitFor();
    await page.locator(".opblock").first().waitFor();
    await page.screenshot({ path: "/tmp/mend-csp-docs.png" });
    expect(violations).toEqual([]);
  }, 120_000);
});
