import { describe, expect, it } from "vitest";
import { recordRootCause } from "../../src/workflow/record-root-cause";
import { makeMessage, makeOrg, makeToken, makeUser } from "../support/factories";
import { login, withServerAndBrowser } from "./browser";

const running = withServerAndBrowser();

const shots = process.env.SCREENSHOT_DIR;

async function setUp(customer: string) {
  const db = running.server.database.db;
  const org = await makeOrg(db);
  const agent = await makeUser(db, org.id, "agent", "Ana Agent");
  const supervisor = await makeUser(db, org.id, "supervisor", "Sam Supervisor");
  const admin = await makeUser(db, org.id, "admin", "Ada Admin");
  const token = await makeToken(db, org.id);
  const response = await fetch(`${running.server.baseUrl}/api/v1/messages`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(
      makeMessage({
        from: { name: customer, email: `${customer.split(" ")[0]!.toLowerCase()}@example.com` },
        subject: "Charged twice",
        text: "You charged me €64.50 twice for the same order. I want the duplicate charge back.",
      }),
    ),
  });
  const { caseId } = (await response.json()) as { caseId: string };
  const actor = {
    kind: "user",
    orgId: org.id,
    userId: admin.id,
    role: "admin",
    name: admin.name,
    sessionToken: "",
  } as const;
  await recordRootCause({ db, orgId: org.id, caseId, actor, key: "billing", fault: "yes" });
  return { org, agent, supervisor, admin, caseId };
}

describe("resolution in a real browser", () => {
  it("an agent gives within their limit, asks above it, and sees a supervisor's approval live", async () => {
    const { agent, supervisor } = await setUp("Greta Double");
    const agentPage = await running.browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await login(agentPage, running.server.baseUrl, agent);
    await agentPage.getByTestId("case-row").filter({ hasText: "Greta Double" }).click();
    const panel = agentPage.getByTestId("resolution-panel");
    const giftCard = panel.locator('[data-testid="suggested-item"][data-type="gift_card"]');
    await giftCard.getByText("Small gift for the trouble", { exact: false }).waitFor();
    expect(await panel.getByTestId("authority-left").textContent()).toContain("€50.00 on this case");

    // Within the limit: given on the spot.
    await giftCard.getByRole("button", { name: "Give" }).click();
    await panel.getByTestId("grant-outcome").getByText("Given").waitFor();
    await panel.locator('[data-testid="granted-item"][data-status="granted"]').waitFor();
    expect(await panel.getByTestId("authority-left").textContent()).toContain("€41.50 on this case");

    // Above it: sent to a supervisor.
    const credit = panel.locator('[data-testid="suggested-item"][data-type="charge_credit"]');
    await credit.getByRole("button", { name: "Give" }).click();
    await panel.getByTestId("grant-outcome").getByText("Sent for approval").waitFor();
    const pending = panel.locator('[data-testid="granted-item"][data-status="pending_approval"]');
    await pending.getByText("Above the agent's limit per case", { exact: false }).waitFor();
    if (shots) await agentPage.screenshot({ path: `${shots}/resolution-agent.png`, fullPage: true });

    const context = await running.browser.newContext({ viewport: { width: 1200, height: 900 } });
    const supervisorPage = await context.newPage();
    await login(supervisorPage, running.server.baseUrl, supervisor);
    await supervisorPage.getByTestId("approval-count").getByText("1", { exact: true }).waitFor();
    await supervisorPage.getByRole("link", { name: /^Approvals/ }).click();
    await supervisorPage
      .getByTestId("compensation-summary")
      .getByText("€8.50 given at cost", { exact: false })
      .waitFor();
    const card = supervisorPage.getByTestId("approval");
    await card.getByText("Credit the charge €64.50").waitFor();
    await card.getByTestId("approval-clock").getByText("Answer due", { exact: false }).waitFor();
    if (shots) await supervisorPage.screenshot({ path: `${shots}/resolution-approvals.png`, fullPage: true });
    await card.getByLabel("Reason for your decision").fill("Our billing error: credit it in full.");
    await card.getByRole("button", { name: "Approve" }).click();
    await supervisorPage.getByText("Nobody is waiting for an approval.").waitFor();

    // The agent sees it live, without reloading.
    await panel
      .getByTestId("decision-reason")
      .getByText("Our billing error", { exact: false })
      .waitFor({ timeout: 10_000 });
    expect(await panel.locator('[data-testid="granted-item"][data-status="granted"]').count()).toBe(2);
    await context.close();
    await agentPage.close();
  });

  it("registers a promise that counts down and shows in the plan, keeps it on evidence; an admin sets limits", async () => {
    const { agent, admin } = await setUp("Pia Promise");
    const agentPage = await running.browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await login(agentPage, running.server.baseUrl, agent);
    await agentPage.getByTestId("case-row").filter({ hasText: "Pia Promise" }).click();
    const panel = agentPage.getByTestId("resolution-panel");

    // Promises: registered with a due time that counts down, then kept on evidence.
    await panel.getByRole("button", { name: "Register a promise" }).click();
    const form = panel.getByTestId("promise-form");
    await form
      .getByLabel("What we promised, as the customer read it")
      .fill("Credit the duplicate €64.50 to your card");
    await form.getByRole("button", { name: "Save promise" }).click();
    const promise = panel.locator('[data-testid="promise"][data-state="open"]');
    await promise.getByText("Due in", { exact: false }).waitFor();
    await panel
      .getByTestId("plan")
      .getByText("Credit the duplicate €64.50 to your card", { exact: false })
      .waitFor();
    await promise.getByRole("button", { name: "Mark kept" }).click();
    await promise.getByLabel("Evidence (what shows it was done)").fill("Refund re_4411 issued");
    await promise.getByRole("button", { name: "Save" }).click();
    await panel.locator('[data-testid="promise"][data-state="kept"]').waitFor();
    await agentPage.close();

    // An admin sees the compensation settings.
    const adminPage = await running.browser.newPage({ viewport: { width: 1300, height: 1000 } });
    await login(adminPage, running.server.baseUrl, admin);
    await adminPage.getByRole("link", { name: "Settings" }).click();
    await adminPage
      .getByRole("navigation", { name: "Settings pages" })
      .getByRole("link", { name: "Compensation" })
      .click();
    await adminPage.getByTestId("catalog-table").getByRole("textbox", { name: "Label" }).first().waitFor();
    expect(await adminPage.getByTestId("catalog-table").locator("tbody tr").count()).toBeGreaterThanOrEqual(
      10,
    );
    await adminPage.getByRole("textbox", { name: "Agents per case" }).fill("80");
    await adminPage.getByRole("button", { name: "Save" }).click();
    await adminPage.getByText("Compensation settings saved").waitFor();
    if (shots) await adminPage.screenshot({ path: `${shots}/resolution-settings.png`, fullPage: true });
    await adminPage.close();
  });
});
