import { readFileSync } from "node:fs";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interactions } from "../../src/cases/tables";
import { type RunningSmtpSink, startSmtpSink } from "../support/smtp-sink";
import { createTestApp } from "../support/test-app";
import { connectWebhookMailbox } from "./email-support";

const raw = readFileSync(join(import.meta.dirname, "../fixtures/email/multipart-attachments.eml"), "latin1");

describe("email attachments on a case", () => {
  let sink: RunningSmtpSink;
  let t: Awaited<ReturnType<typeof createTestApp>>;

  beforeAll(async () => {
    [sink, t] = await Promise.all([startSmtpSink(), createTestApp()]);
  });
  afterAll(async () => {
    await t?.close();
    await sink?.stop();
  });

  async function caseWithAttachments() {
    const { org, cookie, post } = await connectWebhookMailbox({ t, smtpPort: sink.port });
    const stored = await post(raw);
    expect(stored.json()).toMatchObject({ status: "stored" });
    const detail = await t.app.inject({
      method: "GET",
      url: `/api/v1/cases/${stored.json().caseId}`,
      headers: { cookie },
    });
    const inbound = detail.json().interactions.find((i: { direction: string }) => i.direction === "inbound");
    return { org, cookie, caseId: stored.json().caseId as string, inbound };
  }

  it("lists each attachment on the interaction and serves its bytes with safe headers", async () => {
    const { cookie, caseId, inbound } = await caseWithAttachments();
    const listed = inbound.email.attachments as Array<{
      index: number;
      filename: string;
      contentType: string;
    }>;
    expect(listed.map((a) => a.filename).sort()).toEqual(["box.png", "logo.svg", "page.html", "receipt.pdf"]);
    expect(JSON.stringify(inbound)).not.toContain("storedAs");

    const url = (index: number) => `/api/v1/cases/${caseId}/interactions/${inbound.id}/attachments/${index}`;
    const pdf = listed.find((a) => a.filename === "receipt.pdf")!;
    const download = await t.app.inject({ method: "GET", url: url(pdf.index), headers: { cookie } });
    expect(download.statusCode).toBe(200);
    expect(download.headers["content-type"]).toBe("application/pdf");
    expect(download.headers["content-disposition"]).toMatch(/^attachment; filename="receipt.pdf"/);
    expect(download.headers["x-content-type-options"]).toBe("nosniff");
    expect(download.body).toContain("%PDF-1.4");

    // HTML from a customer must never render as one of our pages
    const html = listed.find((a) => a.filename === "page.html")!;
    const page = await t.app.inject({ method: "GET", url: url(html.index), headers: { cookie } });
    expect(page.headers["content-disposition"]).toMatch(/^attachment;/);
    expect(page.headers["content-security-policy"]).toContain("sandbox");

    const png = listed.find((a) => a.filename === "box.png")!;
    const picture = await t.app.inject({ method: "GET", url: url(png.index), headers: { cookie } });
    expect(picture.headers["content-disposition"]).toMatch(/^inline;/);
    expect(picture.rawPayload.subarray(1, 4).toString()).toBe("PNG");

    expect((await t.app.inject({ method: "GET", url: url(99), headers: { cookie } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: "GET", url: url(0) })).statusCode).toBe(401);
  });

  it("hides another organisation's attachments and explains a refused one", async () => {
    const first = await caseWithAttachments();
    const other = await caseWithAttachments();
    const foreign = await t.app.inject({
      method: "GET",
      url: `/api/v1/cases/${first.caseId}/interactions/${first.inbound.id}/attachments/0`,
      headers: { cookie: other.cookie },
    });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.body).not.toContain("%PDF");

    const [row] = await t.db.select().from(interactions).where(eq(interactions.id, first.inbound.id));
    const details = row!.emailDetails as { attachments: Array<Record<string, unknown>> };
    details.attachments[0] = { ...details.attachments[0], rejected: "too_large", storedAs: null };
    await t.db
      .update(interactions)
      .set({ emailDetails: details })
      .where(eq(interactions.id, first.inbound.id));
    const refused = await t.app.inject({
      method: "GET",
      url: `/api/v1/cases/${first.caseId}/interactions/${first.inbound.id}/attachments/0`,
      headers: { cookie: first.cookie },
    });
    expect(refused.statusCode).toBe(404);
    expect(refused.json().error.message).toContain("larger than the attachment limit");
  });
});
