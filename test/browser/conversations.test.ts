import { describe, expect, it } from "vitest";
import { makeMessage, makeOrg, makeToken, makeUser } from "../support/factories";
import { login, withServerAndBrowser } from "./browser";

const running = withServerAndBrowser();

describe("logging a phone call in a real browser", () => {
  it("notes three concerns while listening, reads back the summary and ticks it confirmed", async () => {
    const db = running.server.database.db;
    const org = await makeOrg(db);
    const agent = await makeUser(db, org.id, "agent", "Ana Agent");
    const token = await makeToken(db, org.id);
    const created = await fetch(`${running.server.baseUrl}/api/v1/messages`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(makeMessage({ from: { name: "Carla Caller", email: "carla@example.com" } })),
    });
    expect(created.status).toBe(201);

    const page = await running.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await login(page, running.server.baseUrl, agent);
    await page.getByTestId("case-row").filter({ hasText: "Carla Caller" }).click();
    await page.getByRole("button", { name: "Log a call" }).click();
    const form = page.getByTestId("log-conversation-form");
    const concern = form.getByLabel("Concern");
    for (const said of [
      "The parcel is two weeks late",
      "Nobody answered my emails",
      "I was charged twice for delivery",
    ]) {
      await concern.fill(said);
      await concern.press("Enter");
    }
    await expect.poll(() => form.getByTestId("noted-concerns").locator("li").count()).toBe(3);
    await form.getByLabel("Time on hold (minutes)").fill("6");
    const summary = form.getByLabel("Read-back summary");
    expect(await summary.inputValue()).toBe(
      "Let me make sure I have this right. You told me: the parcel is two weeks late; nobody answered my emails; and I was charged twice for delivery. Have I understood you correctly?",
    );
    // The agent puts it in their own words before reading it out.
    await summary.fill(
      "So: your parcel is two weeks late, nobody answered your emails, and you were charged twice for delivery. Is that right?",
    );
    await form.getByLabel("Read back and confirmed by the customer").check();
    await form
      .getByLabel("Agreed next step")
      .fill("Refund the second delivery charge today; call back Friday.");
    await page.screenshot({ path: "/tmp/mend-log-call-form.png" });
    await form.getByRole("button", { name: "Save call" }).click();

    const notes = page.getByTestId("conversation-notes");
    await notes.waitFor();
    expect(await notes.getByTestId("conversation-concerns").locator("li").allTextContents()).toEqual([
      "The parcel is two weeks late",
      "Nobody answered my emails",
      "I was charged twice for delivery",
    ]);
    expect(await notes.textContent()).toContain("6 min on hold");
    expect(await notes.getByTestId("conversation-read-back-state").textContent()).toBe(
      "Read back and confirmed",
    );
    expect(await notes.textContent()).toContain("Next step: Refund the second delivery charge today");
    // The playbook counts it: concerns heard and read back.
    await page.locator('[data-testid="playbook-concerns_heard"][data-done="true"]').waitFor();
    await page.screenshot({ path: "/tmp/mend-logged-call.png", fullPage: true });
    await page.close();
  });
});
