import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { makeMessage, makeOrg, makeToken, makeUser } from "../support/factories";
import { login, withServerAndBrowser } from "./browser";

const running = withServerAndBrowser();

async function setUpCase(customer: string) {
  const db = running.server.database.db;
  const org = await makeOrg(db);
  const agent = await makeUser(db, org.id, "agent", "Ana Agent");
  const supervisor = await makeUser(db, org.id, "supervisor", "Sam Supervisor");
  const token = await makeToken(db, org.id);
  const response = await fetch(`${running.server.baseUrl}/api/v1/messages`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(
      makeMessage({ from: { name: customer, email: `${customer.split(" ")[0]}@example.com` } }),
    ),
  });
  expect(response.status).toBe(201);
  return { agent, supervisor };
}

async function openTheCase(page: Page, customer: string) {
  await page.getByTestId("case-row").filter({ hasText: customer }).click();
  await page.getByTestId("workflow-panel").waitFor();
}

async function recordItem(
  page: Page,
  item: string,
  fill: (editor: ReturnType<Page["getByTestId"]>) => Promise<void>,
) {
  await page.getByTestId(`playbook-${item}`).getByRole("button", { name: "Record" }).click();
  const editor = page.getByTestId(`playbook-editor-${item}`);
  await fill(editor);
  await editor.getByRole("button", { name: "Save" }).click();
  await page.locator(`[data-testid="playbook-${item}"][data-done="true"]`).waitFor();
}

describe("the recovery workflow in a real browser", () => {
  it("walks an agent from refused resolve to a closed, recovered case", async () => {
    const { agent } = await setUpCase("Rita Refund");
    const page = await running.browser.newPage();
    await login(page, running.server.baseUrl, agent);
    await openTheCase(page, "Rita Refund");
    const status = page.getByTestId("workflow-status");

    // The gate is named in advance, and again when the server refuses.
    expect(await page.getByTestId("resolve-gate").textContent()).toContain("Root cause recorded");
    await status.getByRole("button", { name: "Resolve" }).click();
    const refusal = page.getByTestId("workflow-error");
    await refusal.waitFor();
    const refused = await refusal.textContent();
    expect(refused).toContain("cannot move to resolved yet");
    expect(refused).toContain("Root cause recorded: required before resolving");
    expect(refused).toContain("Customer's desired outcome recorded: required before resolving");
    expect(refused).toContain("Plan and timeline shared with the customer: required before resolving");

    const rootCause = page.getByTestId("root-cause");
    await rootCause.getByLabel("What went wrong").click();
    await page.getByRole("option", { name: "Delivery and logistics" }).click();
    await rootCause.getByText("Partly", { exact: true }).click();
    await rootCause.getByLabel("Note (optional)").fill("The courier left it in the rain.");
    await rootCause.getByRole("button", { name: "Save root cause" }).click();
    await page.locator('[data-testid="playbook-root_cause"][data-done="true"]').waitFor();

    await recordItem(page, "desired_outcome", (editor) =>
      editor.getByLabel("What the customer wants").fill("A replacement lamp before Friday."),
    );
    await recordItem(page, "plan_shared", async (editor) => {
      await editor.getByLabel("The plan").fill("Send a new lamp by courier with a tracked, boxed parcel.");
      await editor.getByLabel("By when").fill("Thursday noon");
    });
    expect(await page.getByTestId("resolve-gate").count()).toBe(0);

    await status.getByRole("button", { name: "Resolve" }).click();
    await status.getByText("Resolved", { exact: true }).waitFor();

    // Closing asks for the outcome and names the evaluation the gate still needs.
    await status.getByRole("button", { name: "Close…" }).click();
    const dialog = page.getByRole("dialog", { name: "Close the case" });
    expect(await dialog.textContent()).toContain("Case evaluated: required before closing");
    await dialog.getByLabel("Recovered", { exact: true }).check();
    await dialog.getByRole("button", { name: "Close the case" }).click();
    await dialog.getByTestId("workflow-error").getByText("Case evaluated: required before closing").waitFor();
    await dialog.getByRole("button", { name: "Keep it open" }).click();

    await recordItem(page, "evaluation", async (editor) => {
      await editor.getByLabel("How the case was handled").fill("Apologised, replaced quickly, checked in.");
      await editor.getByText("Yes", { exact: true }).click();
    });
    await status.getByRole("button", { name: "Close…" }).click();
    await dialog.getByLabel("Recovered", { exact: true }).check();
    await dialog.getByRole("button", { name: "Close the case" }).click();
    await status.getByText("Closed", { exact: true }).waitFor();
    expect(await page.getByTestId("workflow-outcome").textContent()).toContain("Recovered");
    await status.getByRole("button", { name: "Reopen" }).waitFor();
    await page.close();
  });

  it("lets an agent ask a supervisor for help, shows the answer, and withdraws a second request", async () => {
    const { agent, supervisor } = await setUpCase("Hugo Help");
    const agentPage = await running.browser.newPage();
    await login(agentPage, running.server.baseUrl, agent);
    await openTheCase(agentPage, "Hugo Help");
    const help = agentPage.getByTestId("help-section");
    await help.getByRole("button", { name: "Ask for help" }).click();
    await help.getByLabel("What do you need?").fill("May I offer a full refund on top of the replacement?");
    await help.getByTestId("ask-for-help").getByRole("button", { name: "Ask for help" }).click();
    await help.getByTestId("help-request").waitFor();
    await agentPage.getByTestId("workflow-status").getByText("Waiting on us", { exact: true }).waitFor();

    const context = await running.browser.newContext();
    const supervisorPage = await context.newPage();
    await login(supervisorPage, running.server.baseUrl, supervisor);
    await supervisorPage.getByTestId("notification-count").getByText("1", { exact: true }).waitFor();
    await supervisorPage.getByRole("link", { name: /Help requests/ }).click();
    const forMe = supervisorPage.getByTestId("help-requests-for-me");
    await forMe.getByText("May I offer a full refund").waitFor();
    await forMe.getByRole("button", { name: "Answer" }).click();
    await forMe.getByLabel("Your answer").fill("Yes, up to the order value.");
    await forMe.getByRole("button", { name: "Send answer" }).click();
    await forMe.getByText("Nobody is waiting on you right now.").waitFor();

    await supervisorPage.getByRole("link", { name: /^Notifications/ }).click();
    const note = supervisorPage.getByTestId("notification").first();
    await note.getByText("Someone asked for your help").waitFor();
    await note.getByRole("button", { name: "Mark as read" }).click();
    await supervisorPage.getByText("You're all caught up.").waitFor();

    // The agent sees the answer live, and the case is back to open.
    await help.getByTestId("help-answer").getByText("Yes, up to the order value.").waitFor();
    await agentPage.getByTestId("workflow-status").getByText("Open", { exact: true }).waitFor();

    // A question that answers itself can be withdrawn; the case stops waiting on a colleague.
    await help.getByRole("button", { name: "Ask for help" }).click();
    await help.getByLabel("What do you need?").fill("Should I call them back tonight?");
    await help.getByTestId("ask-for-help").getByRole("button", { name: "Ask for help" }).click();
    const second = help.getByTestId("help-request").filter({ hasText: "call them back tonight" });
    await agentPage.getByTestId("workflow-status").getByText("Waiting on us", { exact: true }).waitFor();
    await second.getByRole("button", { name: "Withdraw" }).click();
    await second.getByText("Withdrawn", { exact: true }).waitFor();
    await agentPage.getByTestId("workflow-status").getByText("Open", { exact: true }).waitFor();
    await context.close();
    await agentPage.close();
  });
  it("lets an admin change what resolving needs", async () => {
    const org = await makeOrg(running.server.database.db);
    const admin = await makeUser(running.server.database.db, org.id, "admin", "Ada Admin");
    const page = await running.browser.newPage();
    await login(page, running.server.baseUrl, admin);
    await page.getByRole("link", { name: "Workflow" }).click();
    await page.getByTestId("gate-resolve").getByLabel("Apology given").check();
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByText("Workflow settings saved").waitFor();
    await page.reload();
    await page.getByTestId("sla-targets").waitFor();
    expect(await page.getByTestId("gate-resolve").getByLabel("Apology given").isChecked()).toBe(true);
    await page.close();
  });
});
