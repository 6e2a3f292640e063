import { describe, expect, it } from "vitest";
import { makeOrg } from "../support/factories";
import { withServerAndBrowser } from "./browser";

const running = withServerAndBrowser();

describe("the complaint form in a browser without JavaScript", () => {
  it("shows field errors, then takes the complaint and gives the reference", async () => {
    const org = await makeOrg(running.server.database.db, "Harbour Hotel");
    const context = await running.browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 900, height: 1200 },
    });
    const page = await context.newPage();
    await page.goto(`${running.server.baseUrl}/c/${org.slug}/complaint`);
    await page.getByLabel("Your name").fill("Olga Guest");
    await page.getByLabel("What happened?").fill("short");
    await page.getByRole("button", { name: "Send my complaint" }).click();
    await page.getByRole("alert").waitFor();
    expect(await page.getByLabel("Your name").inputValue()).toBe("Olga Guest");
    await page.screenshot({ path: "/tmp/mend-complaint-errors.png", fullPage: true });

    await page.getByLabel("Email").fill("olga@example.com");
    await page
      .getByLabel("What happened?")
      .fill("Our room was not cleaned for three days and nobody at reception would help us.");
    await page.getByLabel("What would you like us to do?").fill("A refund for those three nights");
    await page.getByRole("button", { name: "Send my complaint" }).click();
    await page.getByText("Your reference:").waitFor();
    expect(await page.locator(".reference strong").textContent()).toBe("1");
    expect(await page.textContent("body")).toContain("Harbour Hotel will answer you by");
    await page.screenshot({ path: "/tmp/mend-complaint-received.png", fullPage: true });
    await context.close();
  });
});
