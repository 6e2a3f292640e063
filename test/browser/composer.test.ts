import { describe, expect, it } from "vitest";
import { makeMessage, makeOrg, makeToken, makeUser } from "../support/factories";
import { login, withServerAndBrowser } from "./browser";

const running = withServerAndBrowser();

const goodReply =
  "Hi Casey, I'm sorry we sent your lamp so badly packed that it broke. " +
  "I have sent a replacement today by express, and I will email you the tracking number by 5pm. " +
  "Thank you for telling us.";

describe("the reply composer in a real browser", () => {
  it("coaches a draft as the agent types, sends a good reply, and records an override", async () => {
    const db = running.server.database.db;
    const org = await makeOrg(db);
    const agent = await makeUser(db, org.id, "agent", "Ana Agent");
    const token = await makeToken(db, org.id);
    const created = await fetch(`${running.server.baseUrl}/api/v1/messages`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(makeMessage({ from: { name: "Casey Customer", email: "casey@example.com" } })),
    });
    expect(created.status).toBe(201);

    const page = await running.browser.newPage();
    await login(page, running.server.baseUrl, agent);
    await page.getByTestId("case-row").first().click();
    await page.getByTestId("reply-composer").waitFor();
    const reply = page.getByLabel("Reply", { exact: true });
    const findings = page.getByTestId("coach-finding");

    await reply.fill("I'm sorry you feel that way. Please calm down and wait.");
    await findings.filter({ hasText: "sorry you feel" }).first().waitFor();
    await findings.filter({ hasText: "calm down" }).first().waitFor();
    expect(await page.getByTestId("coach-score").textContent()).toMatch(/^\d+$/);
    await page.getByTestId("draft-highlights").locator("mark", { hasText: "calm down" }).waitFor();
    await page.getByRole("button", { name: "Send anyway…" }).waitFor();

    // Picking a finding puts the cursor on those very words.
    await findings.filter({ hasText: "calm down" }).first().click();
    expect(
      await reply.evaluate((element) => {
        const textarea = element as HTMLTextAreaElement;
        return textarea.value.slice(textarea.selectionStart, textarea.selectionEnd);
      }),
    ).toBe("calm down");

    await reply.fill(goodReply);
    await expect.poll(() => findings.filter({ hasText: "calm down" }).count()).toBe(0);
    const send = page.getByRole("button", { name: "Send reply" });
    await send.waitFor();
    await send.click();
    await page.getByText("Reply saved").waitFor();
    expect(await reply.inputValue()).toBe("");
    const outbound = page.locator('[data-testid="interaction"][data-direction="outbound"]');
    await outbound.filter({ hasText: "sent a replacement today" }).waitFor();
    await outbound.getByTestId("reply-coach-score").first().waitFor();
    await outbound.getByText("Not delivered yet").first().waitFor();

    await reply.fill("Hi Casey, please calm down. The replacement left today and I will email you by 5pm.");
    await page.getByRole("button", { name: "Send anyway…" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText("calm down").first().waitFor();
    await dialog.getByRole("button", { name: "Send anyway" }).click();
    await dialog.getByText("at least 3 characters").waitFor();
    await dialog.getByLabel("Reason").fill("Customer asked us to quote their own words back.");
    await dialog.getByRole("button", { name: "Send anyway" }).click();

    const overridden = outbound.filter({ hasText: "please calm down" });
    await overridden.getByTestId("coach-overridden").waitFor();
    expect(await overridden.getByTestId("coach-override-reason").textContent()).toContain(
      "Customer asked us to quote their own words back.",
    );
    expect(await outbound.count()).toBe(2);
    await page.close();
  });

  it("lets an admin switch a rule off and add the organization's words", async () => {
    const db = running.server.database.db;
    const org = await makeOrg(db);
    const admin = await makeUser(db, org.id, "admin", "Ada Admin");
    const agent = await makeUser(db, org.id, "agent", "Ana Agent");

    const page = await running.browser.newPage();
    await login(page, running.server.baseUrl, admin);
    await page.getByRole("link", { name: "Settings" }).click();
    await page.getByRole("heading", { name: "Reply coach" }).waitFor();
    const rule = page.getByRole("switch", { name: "Use the rule condescension" });
    expect(await rule.isChecked()).toBe(true);
    await rule.click({ force: true });
    const words = page.getByRole("combobox", { name: "Words the spelling check should accept" });
    await words.fill("Lumora");
    await words.press("Enter");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByText("Coach settings saved").waitFor();

    const saved = await page.evaluate(async () => (await fetch("/api/v1/coach/rules")).json());
    expect(saved.dictionaryWords).toEqual(["Lumora"]);
    expect(saved.items.find((item: { id: string }) => item.id === "condescension").enabled).toBe(false);
    await page.close();

    const agentPage = await running.browser.newPage();
    await login(agentPage, running.server.baseUrl, agent);
    await agentPage.getByTestId("current-user").waitFor();
    expect(await agentPage.getByRole("link", { name: "Settings" }).count()).toBe(0);
    await agentPage.goto(`${running.server.baseUrl}/settings/coach`);
    await agentPage.getByText("Only an admin can change these settings").waitFor();
    expect(await agentPage.getByRole("button", { name: "Save" }).count()).toBe(0);
    await agentPage.close();
  });
});
