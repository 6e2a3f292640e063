import { describe, expect, it } from "vitest";
import { makeMessage, makeOrg, makeToken, makeUser } from "../support/factories";
import { login, withServerAndBrowser } from "./browser";

const running = withServerAndBrowser();

describe("the queue in a real browser", () => {
  it("signs an agent in, shows the queue, and adds a new case live without a reload", async () => {
    const db = running.server.database.db;
    const org = await makeOrg(db);
    const agent = await makeUser(db, org.id, "agent", "Ana Agent");
    const token = await makeToken(db, org.id);
    const post = (payload: unknown) =>
      fetch(`${running.server.baseUrl}/api/v1/messages`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify(payload),
      });
    expect(
      (await post(makeMessage({ from: { name: "Nina First", email: "nina@example.com" } }))).status,
    ).toBe(201);

    const page = await running.browser.newPage();
    await login(page, running.server.baseUrl, { email: agent.email, password: "wrong password" });
    await expect.poll(() => page.getByTestId("sign-in-error").textContent()).toContain("do not match");

    await login(page, running.server.baseUrl, agent);
    const rows = page.getByTestId("case-row");
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain("Nina First");
    await page.getByText("Live").waitFor();

    const marker = await page.evaluate(() => {
      (window as unknown as { stillHere: boolean }).stillHere = true;
      return true;
    });
    expect(marker).toBe(true);
    const created = await post(
      makeMessage({
        channel: "twitter",
        from: { name: "Omar Live", handle: "@omarlive" },
        text: "Still no refund.",
      }),
    );
    expect(created.status).toBe(201);
    await page.getByTestId("case-row").filter({ hasText: "Omar Live" }).waitFor();
    expect(await rows.count()).toBe(2);
    expect(await rows.first().textContent()).toContain("#2");
    // The same page object: nothing reloaded it.
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);

    await page.getByTestId("case-row").filter({ hasText: "Omar Live" }).click();
    await page.getByText("Still no refund.").waitFor();
    await page.close();
  });
});
