import { describe, expect, it } from "vitest";
import { ingestMessage } from "../../src/intake/ingest-message";
import { makeMessage, makeOrg, makeUser } from "../support/factories";
import { login, withServerAndBrowser } from "./browser";

const running = withServerAndBrowser();

const body =
  "Hi {{customer.firstName}}, I am sorry that [WHAT WENT WRONG]. That was our mistake. " +
  "I will email you the tracking number by 5pm today.";

describe("reply templates in a real browser", () => {
  it("an admin saves a template in Settings and an agent inserts it from the composer", async () => {
    const db = running.server.database.db;
    const org = await makeOrg(db);
    const admin = await makeUser(db, org.id, "admin", "Ada Admin");
    const agent = await makeUser(db, org.id, "agent", "Ana Agent");
    await ingestMessage({
      db,
      orgId: org.id,
      actor: null,
      message: makeMessage({ from: { name: "Casey Customer", email: "casey@example.com" } }),
    });

    const page = await running.browser.newPage();
    await login(page, running.server.baseUrl, admin);
    await page.getByRole("link", { name: "Settings" }).click();
    await page.getByRole("link", { name: "Reply templates" }).click();
    await page.getByRole("heading", { name: "Reply templates" }).waitFor();
    await page.getByRole("button", { name: "New template" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("textbox", { name: "Text" }).fill(body);
    await dialog.getByRole("button", { name: "Save template" }).click();
    // The server's reason shows beside the field it is about.
    await dialog.getByText("This is required.").waitFor();
    await dialog.getByRole("textbox", { name: "Name" }).fill("Late parcel: apologise and fix");
    await dialog.getByRole("button", { name: "Save template" }).click();
    const card = page.getByTestId("reply-template").filter({ hasText: "Late parcel: apologise and fix" });
    await card.waitFor();
    expect(await card.textContent()).toContain("[WHAT WENT WRONG]");
    await page.close();

    const agentPage = await running.browser.newPage();
    await login(agentPage, running.server.baseUrl, agent);
    await agentPage.getByTestId("case-row").first().click();
    await agentPage.getByTestId("reply-composer").waitFor();
    const reply = agentPage.getByLabel("Reply", { exact: true });
    await reply.fill("Dear Casey,\n\n");
    await reply.press("End");
    const picker = agentPage.getByRole("combobox", { name: "Insert template" });
    await picker.click();
    await picker.fill("late parcel");
    await agentPage.getByRole("option", { name: "Late parcel: apologise and fix" }).click();
    await expect.poll(() => reply.inputValue()).toBe(`Dear Casey,\n\n${body}`);

    // The coach reads the inserted text like typed text: the slot left to write is a blocker.
    const findings = agentPage.getByTestId("coach-finding");
    await findings.filter({ hasText: "[WHAT WENT WRONG]" }).first().waitFor();
    await agentPage.getByRole("button", { name: "Send anyway…" }).waitFor();

    await agentPage.goto(`${running.server.baseUrl}/settings/templates`);
    await agentPage.getByText("Only a supervisor or an admin can change the templates").waitFor();
    await agentPage.getByTestId("reply-template").first().waitFor();
    expect(await agentPage.getByRole("button", { name: "New template" }).count()).toBe(0);
    expect(await agentPage.getByRole("button", { name: /^Edit / }).count()).toBe(0);
    await agentPage.close();
  });
});
