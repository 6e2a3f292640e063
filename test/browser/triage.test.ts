import { describe, expect, it } from "vitest";
import { makeMessage, makeOrg, makeToken, makeUser } from "../support/factories";
import { login, withServerAndBrowser } from "./browser";

const running = withServerAndBrowser();

describe("triage in a real browser", () => {
  it("shows why a message looks risky and learns from an agent's correction", async () => {
    const db = running.server.database.db;
    const org = await makeOrg(db);
    const agent = await makeUser(db, org.id, "agent", "Ana Agent");
    const token = await makeToken(db, org.id);
    const created = await fetch(`${running.server.baseUrl}/api/v1/messages`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(
        makeMessage({
          from: { name: "Rita Refund", email: "rita@example.com" },
          text: "Cancel my account. You charged me $120 twice.",
        }),
      ),
    });
    expect(created.status).toBe(201);

    const page = await running.browser.newPage();
    await login(page, running.server.baseUrl, agent);
    await page.getByTestId("case-row").first().click();
    const analysis = page.getByTestId("message-analysis");
    await analysis.waitFor();

    expect(await analysis.getByTestId("unhappiness").textContent()).toMatch(/^Unhappy · \d+%$/);
    const churn = analysis.locator('[data-testid="signal-chip"][data-kind="churn"]');
    await churn.hover();
    expect(await page.getByTestId("signal-words").textContent()).toContain("Cancel my account");
    await page.getByTestId("analysis-highlight").filter({ hasText: "Cancel my account" }).waitFor();
    expect(await analysis.getByTestId("money-amount").textContent()).toContain("120");
    expect(await analysis.getByTestId("analysis-risk").textContent()).toMatch(/^Risk \d+$/);
    await analysis.getByRole("button", { name: "Why this score" }).click();
    expect(await analysis.getByTestId("risk-reasons").textContent()).toContain("Threat to leave");
    const version = analysis.getByTestId("model-version");
    expect(await version.textContent()).not.toContain("+org-");

    await analysis.getByRole("button", { name: "Not unhappy" }).click();
    await page.getByText("Thanks — Mend will learn from this").waitFor();
    await analysis.getByRole("button", { name: "Corrected" }).waitFor();
    await expect.poll(() => version.textContent(), { timeout: 60_000 }).toMatch(/\+org-1$/);

    await analysis.getByRole("button", { name: "Not a threat: May leave" }).click();
    await analysis
      .locator('[data-testid="signal-chip"][data-kind="churn"]', { hasText: "Corrected" })
      .waitFor();
    await analysis.getByRole("button", { name: "Wrong cause" }).click();
    // The menu offers every cause but the one the model guessed; any of them is a correction.
    await page.getByRole("menuitem").first().click();
    await analysis.getByRole("button", { name: "Cause corrected" }).waitFor();
    await expect.poll(() => version.textContent(), { timeout: 60_000 }).toMatch(/\+org-3$/);
    await page.close();
  });

  it("lets an admin weigh the risk factors and shows others what they are", async () => {
    const db = running.server.database.db;
    const org = await makeOrg(db);
    const admin = await makeUser(db, org.id, "admin", "Ada Admin");
    const agent = await makeUser(db, org.id, "agent", "Ana Agent");

    const page = await running.browser.newPage();
    await login(page, running.server.baseUrl, admin);
    await page.getByRole("link", { name: "Settings" }).click();
    await page.getByRole("link", { name: "Risk weights" }).click();
    await page.getByRole("heading", { name: "Risk weights" }).waitFor();
    await page.getByText("hasn't learned from any corrections yet").waitFor();
    const reach = page.getByLabel("Weight for Reach");
    expect(await reach.inputValue()).toBe("1");
    await reach.fill("0");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByText("Risk weights saved").waitFor();
    const saved = await page.evaluate(async () => (await fetch("/api/v1/triage/settings")).json());
    expect(saved.riskWeights.reach).toBe(0);
    await page.close();

    const agentPage = await running.browser.newPage();
    await login(agentPage, running.server.baseUrl, agent);
    await agentPage.getByTestId("current-user").waitFor();
    await agentPage.goto(`${running.server.baseUrl}/settings/risk`);
    await agentPage.getByText("Only an admin can change these weights").waitFor();
    expect(await agentPage.getByLabel("Weight for Reach").inputValue()).toBe("0");
    expect(await agentPage.getByRole("button", { name: "Save" }).count()).toBe(0);
    await agentPage.close();
  });
});
