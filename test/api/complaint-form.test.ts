import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cases, interactions } from "../../src/cases/tables";
import { COMPLAINTS_PER_CLIENT } from "../../src/channels/webform/routes";
import { makeOrg, makeUser } from "../support/factories";
import { type RunningSmtpSink, startSmtpSink } from "../support/smtp-sink";
import { createTestApp } from "../support/test-app";

let t: Awaited<ReturnType<typeof createTestApp>>;
let sink: RunningSmtpSink;
beforeAll(async () => {
  [t, sink] = await Promise.all([createTestApp(), startSmtpSink()]);
});
afterAll(async () => {
  await t?.close();
  await sink?.stop();
});

let clients = 0;
// Each test posts from its own address, as different people would.
const nextClient = () => `198.51.100.${++clients}`;

const good = {
  name: "Fiona Form",
  email: "fiona@example.com",
  phone: "",
  orderReference: "A-1042",
  message: "The sofa was delivered with a torn cushion and the driver left before I could check it.",
  desiredOutcome: "A replacement cushion this week",
};

function post(slug: string, fields: Record<string, string>, remoteAddress = nextClient()) {
  return t.app.inject({
    method: "POST",
    url: `/c/${slug}/complaint`,
    remoteAddress,
    headers: { "content-type": "application/x-www-form-urlencoded" },
    payload: new URLSearchParams(fields).toString(),
  });
}

async function casesOf(orgId: string) {
  return t.db.select().from(cases).where(eq(cases.orgId, orgId));
}

describe("the public complaint form", () => {
  it("serves a plain HTML form with the organization's name, no script and no inline style", async () => {
    const org = await makeOrg(t.db, "Sofa & Co");
    const response = await t.app.inject({ method: "GET", url: `/c/${org.slug}/complaint` });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("text/html");
    expect(response.body).toContain("Tell Sofa &amp; Co what went wrong");
    for (const field of ["name", "email", "phone", "orderReference", "message", "desiredOutcome"]) {
      expect(response.body).toContain(`name="${field}"`);
    }
    expect(response.body).toContain(`<form method="post" action="/c/${org.slug}/complaint"`);
    expect(response.body).not.toMatch(/<script|style=/i);
    const css = await t.app.inject({ method: "GET", url: "/c/complaint.css" });
    expect(css.headers["content-type"]).toContain("text/css");
    const missing = await t.app.inject({ method: "GET", url: "/c/no-such-org/complaint" });
    expect(missing.statusCode).toBe(404);
  });

  it("opens a case with the desired outcome and shows the reference and the promised response time", async () => {
    const org = await makeOrg(t.db, "Sofa & Co");
    const response = await post(org.slug, good);
    expect(response.statusCode).toBe(200);
    const [opened] = await casesOf(org.id);
    expect(opened).toMatchObject({ channel: "webform", subject: "Complaint about order A-1042", number: 1 });
    expect(response.body).toContain("Your reference: <strong>1</strong>");
    const due = new Intl.DateTimeFormat("en-GB", { dateStyle: "full", timeStyle: "short", timeZone: "UTC" });
    expect(response.body).toContain(`${due.format(opened!.firstResponseDueAt!)} UTC`);
    // No mailbox: the page is all the customer gets, and no confirmation waits forever.
    expect(response.body).not.toContain("sent this reference to your email");
    const stored = await t.db.select().from(interactions).where(eq(interactions.caseId, opened!.id));
    expect(stored.map((i) => i.direction)).toEqual(["inbound"]);
    expect(stored[0]!.text).toContain("What I would like: A replacement cushion this week");

    const agent = await makeUser(t.db, org.id, "agent");
    const cookie = await t.login(agent.email);
    const workflow = (
      await t.app.inject({ method: "GET", url: `/api/v1/cases/${opened!.id}/workflow`, headers: { cookie } })
    ).json();
    const outcome = workflow.playbook.find((item: { key: string }) => item.key === "desired_outcome");
    expect(outcome).toMatchObject({
      done: true,
      source: "mend",
      evidence: { text: "A replacement cushion this week" },
    });
  });

  it("emails the reference when the organization has a mailbox, without stopping the first-response clock", async () => {
    const org = await makeOrg(t.db, "Mailing Shop");
    const admin = await makeUser(t.db, org.id, "admin");
    const cookie = await t.login(admin.email);
    const mailbox = await t.app.inject({
      method: "POST",
      url: "/api/v1/channels/email",
      headers: { cookie },
      payload: {
        name: "Mailing Shop",
        address: `support-${org.slug}@shop.example`,
        smtp: { host: sink.host, port: sink.port, tls: false },
      },
    });
    expect(mailbox.statusCode).toBe(201);
    const address = `fiona-${org.slug}@example.com`;
    const response = await post(org.slug, { ...good, email: address });
    expect(response.body).toContain("sent this reference to your email");
    await expect
      .poll(() => sink.messages.find((m) => m.envelope.to.includes(address)), { timeout: 15_000 })
      .toBeTruthy();
    const mail = sink.messages.find((m) => m.envelope.to.includes(address))!;
    expect(mail.parsed.subject).toContain("Complaint about order A-1042");
    expect(mail.parsed.text).toContain("Your reference is 1.");
    const [opened] = await casesOf(org.id);
    expect(opened!.firstRespondedAt).toBeNull();
  });

  it("throttles a flood from one client with 429 while the server keeps answering", async () => {
    const org = await makeOrg(t.db);
    const client = nextClient();
    const flood = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        post(org.slug, { ...good, email: `flood${i}@example.com` }, client),
      ),
    );
    const statuses = flood.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 200)).toHaveLength(COMPLAINTS_PER_CLIENT);
    expect(statuses.filter((s) => s === 429)).toHaveLength(30 - COMPLAINTS_PER_CLIENT);
    expect(flood.find((r) => r.statusCode === 429)!.headers["retry-after"]).toMatch(/^\d+$/);
    expect(await casesOf(org.id)).toHaveLength(COMPLAINTS_PER_CLIENT);
    // Others are still served: another client's complaint and the health check.
    expect((await t.app.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(200);
    expect((await post(org.slug, { ...good, email: "someone-else@example.com" })).statusCode).toBe(200);
  });

  it("keeps nothing when the hidden field is filled", async () => {
    const org = await makeOrg(t.db);
    const response = await post(org.slug, { ...good, website: "http://spam.example" });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain("we have your complaint");
    expect(await casesOf(org.id)).toHaveLength(0);
  });

  it("shows the form again with each field's problem and the values typed, storing nothing", async () => {
    const org = await makeOrg(t.db);
    const response = await post(org.slug, {
      ...good,
      email: "not-an-address",
      message: "bad",
      desiredOutcome: "",
      name: "<b>Fiona</b>",
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('id="f-email-error"');
    expect(response.body).toContain("That doesn&#39;t look like an email address");
    expect(response.body).toContain("Please tell us a little more about what happened");
    expect(response.body).toContain("Please tell us what would put this right for you");
    expect(response.body).toContain('value="&lt;b&gt;Fiona&lt;/b&gt;"');
    expect(response.body).not.toContain("<b>Fiona</b>");
    const noContact = await post(org.slug, { ...good, email: "", phone: "" });
    expect(noContact.statusCode).toBe(400);
    expect(noContact.body).toContain("Give us an email address or a phone number");
    const huge = await post(org.slug, { ...good, message: "x".repeat(40_000) });
    expect(huge.statusCode).toBe(413);
    expect(
      await t.db
        .select()
        .from(cases)
        .where(and(eq(cases.orgId, org.id))),
    ).toHaveLength(0);
  });
});
