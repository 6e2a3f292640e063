import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningDovecot, startDovecot } from "../support/dovecot";
import { makeOrg, makeUser } from "../support/factories";
import { type RunningSmtpSink, startSmtpSink } from "../support/smtp-sink";
import { launchBrowser, login, startTestServer } from "./browser";

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;
let dovecot: RunningDovecot;
let sink: RunningSmtpSink;
const dovecotDir = mkdtempSync(path.join(tmpdir(), "mend-mailboxes-"));
beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  dovecot = await startDovecot({ dir: dovecotDir });
  sink = await startSmtpSink();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await dovecot?.stop();
  await sink?.stop();
  rmSync(dovecotDir, { recursive: true, force: true });
});

describe("mailbox settings in a real browser", () => {
  it("connects a mailbox, shows its webhook secret once, and names the half that fails its test", async () => {
    const db = server.database.db;
    const org = await makeOrg(db);
    const admin = await makeUser(db, org.id, "admin", "Ada Admin");
    const page = await browser.newPage();
    await login(page, server.baseUrl, admin);
    await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
    await page.goto(`${server.baseUrl}/settings/coach`);
    await page
      .getByRole("navigation", { name: "Settings pages" })
      .getByRole("link", { name: "Mailboxes" })
      .click();
    await page.getByText("No mailbox is connected yet.").waitFor();

    await page.getByRole("button", { name: "Connect a mailbox" }).click();
    const form = page.getByRole("dialog", { name: "Connect a mailbox" });
    const imap = form.getByRole("group", { name: "Receiving (IMAP)" });
    const smtp = form.getByRole("group", { name: "Sending (SMTP)" });
    await form.getByLabel("Name", { exact: true }).fill("Support");
    await form.getByLabel("Address").fill("not an address");
    await form.getByRole("button", { name: "Connect", exact: true }).click();
    // The server's field problems land next to the fields they concern.
    await form.getByText("Enter an email address, like support@example.com.").waitFor();
    expect(await form.getByLabel("Address").getAttribute("aria-invalid")).toBe("true");
    expect(await imap.getByLabel("Server").getAttribute("aria-invalid")).toBe("true");

    await form.getByLabel("Address").fill("support@shop.test");
    await imap.getByLabel("Server").fill(dovecot.host);
    await imap.getByLabel("Port").fill(String(dovecot.port));
    await imap.getByLabel("Use TLS").uncheck();
    await imap.getByLabel("User name").fill(dovecot.user);
    await imap.getByLabel("Password", { exact: true }).fill(dovecot.password);
    await smtp.getByLabel("Server").fill(sink.host);
    await smtp.getByLabel("Port").fill(String(sink.port));
    await smtp.getByLabel("Use TLS").uncheck();
    await form.getByRole("button", { name: "Connect", exact: true }).click();

    const connected = page.getByRole("dialog", { name: "Mailbox connected" });
    await connected.getByText("You will not see this secret again").waitFor();
    const secret = (await connected.getByTestId("webhook-secret").textContent()) ?? "";
    expect(secret).toMatch(/^mwh_/);
    expect(await connected.getByTestId("webhook-url").textContent()).toMatch(
      /\/inbound\/email\/[0-9a-f-]{36}$/,
    );
    await connected.getByRole("button", { name: "I have copied it" }).click();
    await connected.waitFor({ state: "hidden" });
    const mailbox = page.getByTestId("mailbox").filter({ hasText: "support@shop.test" });
    await mailbox.waitFor();
    expect(await page.content()).not.toContain(secret);

    await mailbox.getByRole("button", { name: "Test connection" }).click();
    await mailbox.getByText("Both servers answered. This mailbox is ready.").waitFor();

    await mailbox.getByRole("button", { name: "Edit" }).click();
    const edit = page.getByRole("dialog", { name: "Edit Support" });
    const editImap = edit.getByRole("group", { name: "Receiving (IMAP)" });
    await editImap.getByText("Leave empty to keep the stored password.").waitFor();
    await editImap.getByLabel("Password", { exact: true }).fill("not the password");
    await edit.getByRole("button", { name: "Save changes" }).click();
    await edit.waitFor({ state: "hidden" });

    await mailbox.getByRole("button", { name: "Test connection" }).click();
    await mailbox.getByText("IMAP didn't work.").waitFor();
    expect(await mailbox.getByTestId("check-imap").textContent()).toContain("failed — authentication failed");
    expect(await mailbox.getByTestId("check-smtp").textContent()).toContain("works");
    await page.close();
  });

  it("keeps mailboxes away from people who aren't admins", async () => {
    const db = server.database.db;
    const org = await makeOrg(db);
    const agent = await makeUser(db, org.id, "agent", "Ana Agent");
    const page = await browser.newPage();
    await login(page, server.baseUrl, agent);
    await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
    await page.goto(`${server.baseUrl}/settings/mailboxes`);
    await page.getByText("Only an admin can see and connect mailboxes").waitFor();
    const nav = page.getByRole("navigation", { name: "Settings pages" });
    await nav.getByRole("link", { name: "Reply coach" }).waitFor();
    expect(await nav.getByRole("link", { name: "Mailboxes" }).count()).toBe(0);
    await page.close();
  });

  it("shows an email's attachments on the case and downloads one with the agent's session only", async () => {
    const db = server.database.db;
    const org = await makeOrg(db);
    const admin = await makeUser(db, org.id, "admin", "Ada Admin");
    const page = await browser.newPage();
    await login(page, server.baseUrl, admin);
    await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
    const created = await page.request.post(`${server.baseUrl}/api/v1/channels/email`, {
      data: {
        name: "Shop",
        address: "help@shop.example",
        smtp: { host: sink.host, port: sink.port, tls: false },
      },
    });
    expect(created.status()).toBe(201);
    const channel = await created.json();
    const raw = readFileSync(path.join(import.meta.dirname, "../fixtures/email/multipart-attachments.eml"));
    const stored = await fetch(`${server.baseUrl}/inbound/email/${channel.id}`, {
      method: "POST",
      headers: { "content-type": "message/rfc822", authorization: `Bearer ${channel.webhookSecret}` },
      body: raw,
    });
    const { caseId } = await stored.json();
    await page.goto(`${server.baseUrl}/cases/${caseId}`);
    const attachments = page.getByTestId("attachment");
    await attachments.filter({ hasText: "receipt.pdf" }).waitFor();
    expect(await attachments.count()).toBe(4);
    const href = (await attachments.filter({ hasText: "receipt.pdf" }).getAttribute("href")) ?? "";
    // the link works with the agent's session and nothing else
    const download = await page.request.get(`${server.baseUrl}${href}`);
    expect(download.status()).toBe(200);
    expect((await download.body()).toString()).toContain("%PDF-1.4");
    expect((await fetch(`${server.baseUrl}${href}`)).status).toBe(401);
    await page.close();
  });
});
