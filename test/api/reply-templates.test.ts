import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../src/accounts/seed-demo";
import { auditLog } from "../../src/audit/tables";
import { ingestMessage } from "../../src/intake/ingest-message";
import { replyTemplates } from "../../src/templates/tables";
import { makeMessage, makeOrg, makeUser } from "../support/factories";
import { createTestApp } from "../support/test-app";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

type Method = "GET" | "POST" | "PATCH" | "DELETE";

async function team() {
  const org = await makeOrg(t.db);
  const cookies = {
    admin: await t.login((await makeUser(t.db, org.id, "admin", "Alex Admin")).email),
    supervisor: await t.login((await makeUser(t.db, org.id, "supervisor", "Sam Supervisor")).email),
    agent: await t.login((await makeUser(t.db, org.id, "agent", "Ana Agent")).email),
  };
  const call = (as: keyof typeof cookies, method: Method, url: string, payload?: object) =>
    t.app.inject({ method, url, payload, headers: { cookie: cookies[as] } });
  return { org, call };
}

const acknowledge = {
  name: "Acknowledge",
  body: "Hi {{customer.firstName}}, thank you for telling us about this. I am looking into case {{case.number}} myself and will write again by 3pm today with what I found.",
  stage: "first_reply",
};

describe("reply templates over HTTP", () => {
  it("lets supervisors and admins create, change and delete them, and every member read them", async () => {
    const { org, call } = await team();
    const created = await call("supervisor", "POST", "/api/v1/reply-templates", acknowledge);
    expect(created.statusCode).toBe(201);
    const template = created.json();
    expect(template).toMatchObject({
      name: "Acknowledge",
      stage: "first_reply",
      variables: ["customer.firstName", "case.number"],
      updatedBy: { name: "Sam Supervisor" },
    });

    const list = await call("agent", "GET", "/api/v1/reply-templates");
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((item: { id: string }) => item.id)).toEqual([template.id]);
    expect(list.json().knownVariables).toEqual(
      expect.arrayContaining(["customer.firstName", "customer.name", "case.number", "promise.due"]),
    );

    const changed = await call("admin", "PATCH", `/api/v1/reply-templates/${template.id}`, {
      name: "Acknowledge (email)",
      stage: null,
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      name: "Acknowledge (email)",
      body: acknowledge.body,
      stage: null,
      updatedBy: { name: "Alex Admin" },
    });

    const removed = await call("admin", "DELETE", `/api/v1/reply-templates/${template.id}`);
    expect(removed.statusCode).toBe(204);
    expect((await call("agent", "GET", "/api/v1/reply-templates")).json().items).toEqual([]);
    expect((await call("admin", "DELETE", `/api/v1/reply-templates/${template.id}`)).statusCode).toBe(404);

    const audited = await t.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.orgId, org.id), eq(auditLog.entityId, template.id)));
    expect(audited.map((row) => row.action).sort()).toEqual([
      "reply_template.created",
      "reply_template.deleted",
      "reply_template.updated",
    ]);
  });

  it("refuses agents' changes with 403", async () => {
    const { call } = await team();
    const template = (await call("admin", "POST", "/api/v1/reply-templates", acknowledge)).json();
    expect(
      (await call("agent", "POST", "/api/v1/reply-templates", { ...acknowledge, name: "Mine" })).statusCode,
    ).toBe(403);
    const url = `/api/v1/reply-templates/${template.id}`;
    expect((await call("agent", "PATCH", url, { name: "Mine" })).statusCode).toBe(403);
    expect((await call("agent", "DELETE", url)).statusCode).toBe(403);
  });

  it("answers 404 for another organization's template and never lists it", async () => {
    const ours = await team();
    const theirs = await team();
    const template = (await theirs.call("admin", "POST", "/api/v1/reply-templates", acknowledge)).json();
    const url = `/api/v1/reply-templates/${template.id}`;
    expect((await ours.call("admin", "PATCH", url, { name: "Taken over" })).statusCode).toBe(404);
    expect((await ours.call("admin", "DELETE", url)).statusCode).toBe(404);
    expect((await ours.call("agent", "GET", "/api/v1/reply-templates")).json().items).toEqual([]);
    expect((await theirs.call("agent", "GET", "/api/v1/reply-templates")).json().items).toHaveLength(1);
  });

  it("names the field of every validation error", async () => {
    const { call } = await team();
    const fieldOf = async (payload: object) => {
      const response = await call("admin", "POST", "/api/v1/reply-templates", payload);
      expect(response.statusCode).toBe(400);
      return response.json().error.details.map((detail: { field: string }) => detail.field);
    };
    expect(await fieldOf({ body: "Hello there" })).toEqual(["name"]);
    expect(await fieldOf({ name: "   ", body: "Hello there" })).toEqual(["name"]);
    expect(await fieldOf({ name: "x".repeat(121), body: "Hello there" })).toEqual(["name"]);
    expect(await fieldOf({ name: "Empty" })).toEqual(["body"]);
    expect(await fieldOf({ name: "Blank", body: " \n " })).toEqual(["body"]);
    expect(await fieldOf({ name: "Long", body: "x".repeat(10_001) })).toEqual(["body"]);
    expect(await fieldOf({ name: "Stage", body: "Hello there", stage: "whenever" })).toEqual(["stage"]);
    const ok = await call("admin", "POST", "/api/v1/reply-templates", { name: "x".repeat(120), body: "y" });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().stage).toBeNull();
  });

  it("refuses a second template with the same name in any case, naming it (409)", async () => {
    const { call } = await team();
    await call("admin", "POST", "/api/v1/reply-templates", acknowledge);
    const again = await call("admin", "POST", "/api/v1/reply-templates", {
      ...acknowledge,
      name: "ACKNOWLEDGE ",
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.details).toEqual([
      { field: "name", reason: expect.stringContaining("ACKNOWLEDGE") },
    ]);
    const other = (
      await call("admin", "POST", "/api/v1/reply-templates", { ...acknowledge, name: "Other" })
    ).json();
    const renamed = await call("admin", "PATCH", `/api/v1/reply-templates/${other.id}`, {
      name: "acknowledge",
    });
    expect(renamed.statusCode).toBe(409);
    expect(renamed.json().error.message).toContain("“acknowledge”");
  });

  it("refuses a variable Mend cannot fill, naming it and the ones it knows (400)", async () => {
    const { call } = await team();
    const body = "Hi {{customer.firstName}}, your {{order.number}} is on its way.";
    const refused = await call("admin", "POST", "/api/v1/reply-templates", { name: "Order", body });
    expect(refused.statusCode).toBe(400);
    const [detail] = refused.json().error.details;
    expect(detail.field).toBe("body");
    expect(detail.reason).toContain("{{order.number}}");
    expect(detail.reason).toContain("{{customer.firstName}}");
    expect(detail.reason).toContain("{{promise.due}}");
    const template = (await call("admin", "POST", "/api/v1/reply-templates", acknowledge)).json();
    const patched = await call("admin", "PATCH", `/api/v1/reply-templates/${template.id}`, { body });
    expect(patched.statusCode).toBe(400);
    expect(patched.json().error.details[0].field).toBe("body");
  });

  it("finds templates by part of the name and pages through them", async () => {
    const { call } = await team();
    for (const name of ["Refund sent", "Apologise and fix", "refund delayed", "Follow-up"]) {
      await call("admin", "POST", "/api/v1/reply-templates", { name, body: `Text for ${name}` });
    }
    const found = (await call("agent", "GET", "/api/v1/reply-templates?q=REFUND")).json();
    expect(found.items.map((item: { name: string }) => item.name)).toEqual(["refund delayed", "Refund sent"]);
    const first = (await call("agent", "GET", "/api/v1/reply-templates?limit=3")).json();
    expect(first.items.map((item: { name: string }) => item.name)).toEqual([
      "Apologise and fix",
      "Follow-up",
      "refund delayed",
    ]);
    const rest = (
      await call("agent", "GET", `/api/v1/reply-templates?limit=3&cursor=${first.nextCursor}`)
    ).json();
    expect(rest.items.map((item: { name: string }) => item.name)).toEqual(["Refund sent"]);
    expect(rest.nextCursor).toBeNull();
    expect((await call("agent", "GET", "/api/v1/reply-templates?cursor=%25%25")).statusCode).toBe(400);
  });
});

const apologise = {
  name: "Apologise and fix",
  body:
    "Hi {{customer.firstName}}, I am sorry that your order went wrong; that was our mistake, not yours. " +
    "I have arranged a replacement at no cost to you and I will email you the tracking number by 5pm today. " +
    "Is there anything else I can do for you?",
};

describe("the coach and the organization's templates", () => {
  it("warns when a reply is a template sent nearly unchanged, and not when it is personalised", async () => {
    const { org, call } = await team();
    await call("admin", "POST", "/api/v1/reply-templates", apologise);
    const { caseId } = await ingestMessage({
      db: t.db,
      orgId: org.id,
      actor: null,
      message: makeMessage({ from: { name: "Priya Raman", email: `priya-${org.slug}@example.com` } }),
    });
    const coach = async (text: string) => {
      const response = await call("agent", "POST", "/api/v1/coach", {
        text,
        channel: "email",
        stage: "resolution",
        caseId,
      });
      expect(response.statusCode).toBe(200);
      return response.json().findings.map((finding: { ruleId: string }) => finding.ruleId) as string[];
    };

    const asSaved = await coach(apologise.body);
    expect(asSaved).toContain("robotic-duplicate");
    expect(asSaved).not.toContain("unfilled-variable");
    const filledByHand = await coach(apologise.body.replace("{{customer.firstName}}", "Priya"));
    expect(filledByHand).toContain("robotic-duplicate");

    const personalised =
      "Hi Priya, I am sorry the lamp you ordered for your daughter's birthday arrived in pieces; that was our mistake, not yours. " +
      "Our packing let you down, and I know you needed it by Friday. " +
      "I have arranged a replacement at no cost to you, sent by express this morning, and I will email you the tracking number by 5pm today. " +
      "Is there anything else I can do for you?";
    expect(await coach(personalised)).not.toContain("robotic-duplicate");
  });
});

describe("the demo organization", () => {
  it("starts with acknowledge, apologise-and-fix and follow-up templates", async () => {
    const { org } = await seedDemo({ db: t.db });
    const rows = await t.db
      .select({ name: replyTemplates.name, stage: replyTemplates.stage })
      .from(replyTemplates)
      .where(eq(replyTemplates.orgId, org.id));
    expect(rows.map((row) => `${row.name}/${row.stage}`).sort()).toEqual([
      "Acknowledge/first_reply",
      "Apologise and fix/resolution",
      "Follow-up/follow_up",
    ]);
  });
});
