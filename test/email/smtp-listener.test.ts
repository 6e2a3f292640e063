import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSmtpListener } from "../../src/channels/email/start-smtp-listener";
import { createLogger } from "../../src/platform/log";
import { makeOrg, makeUser } from "../support/factories";
import { createTestApp } from "../support/test-app";
import { interactionsOf, rawEmail } from "./email-support";

describe("the optional SMTP listener", () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let listener: Awaited<ReturnType<typeof startSmtpListener>>;

  beforeAll(async () => {
    t = await createTestApp();
    listener = await startSmtpListener({
      db: t.db,
      config: t.config,
      jobs: t.jobs,
      log: createLogger("silent"),
      port: 0,
      host: "127.0.0.1",
    });
  });
  afterAll(async () => {
    await listener?.close();
    await t?.close();
  });

  it("takes mail for a connected mailbox (plus-addresses too) and refuses every other recipient", async () => {
    const org = await makeOrg(t.db);
    const admin = await makeUser(t.db, org.id, "admin");
    const address = `desk-${org.slug}@listener.example`;
    const created = await t.app.inject({
      method: "POST",
      url: "/api/v1/channels/email",
      headers: { cookie: await t.login(admin.email) },
      payload: { name: "Desk", address, smtp: { host: "127.0.0.1", port: 1, tls: false } },
    });
    expect(created.statusCode).toBe(201);
    const transport = nodemailer.createTransport({
      host: "127.0.0.1",
      port: listener.port,
      secure: false,
      ignoreTLS: true,
    });
    try {
      const raw = rawEmail({
        from: "Lee <lee@customer.example>",
        to: address.replace("@", "+anything@"),
        subject: "Broken chair",
        messageId: `<smtp-1-${org.slug}@customer.example>`,
        text: "The chair broke on the first day.",
      });
      await transport.sendMail({
        envelope: { from: "lee@customer.example", to: [address.replace("@", "+anything@")] },
        raw,
      });
      await expect(
        transport.sendMail({
          envelope: { from: "lee@customer.example", to: ["someone@elsewhere.example"] },
          raw,
        }),
      ).rejects.toMatchObject({ responseCode: 550 });
      // A retry by the sending server is deduplicated by Message-ID.
      await transport.sendMail({ envelope: { from: "lee@customer.example", to: [address] }, raw });
    } finally {
      transport.close();
    }
    const rows = await interactionsOf(t.db, org.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ direction: "inbound", text: "The chair broke on the first day." });
  });
});
