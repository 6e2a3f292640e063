import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cases } from "../../src/cases/tables";
import { ingestMessage } from "../../src/intake/ingest-message";
import { makeClientAddress, makeMessage, makeOrg, makeToken, makeUser } from "../support/factories";
import { createTestApp } from "../support/test-app";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

async function orgWithCases(count: number) {
  const org = await makeOrg(t.db);
  const agent = await makeUser(t.db, org.id, "agent");
  const cookie = await t.login(agent.email);
  const start = Date.parse("2026-11-01T10:00:00Z");
  const results = [];
  for (let i = 0; i < count; i++) {
    const channel = i % 2 === 0 ? "email" : "sms";
    const from =
      channel === "email"
        ? { email: `c${i}@example.com` }
        : { phone: `+1 555 01${String(i).padStart(2, "0")}` };
    results.push(
      await ingestMessage({
        db: t.db,
        orgId: org.id,
        actor: null,
        message: makeMessage({ channel, from, receivedAt: new Date(start + i * 60_000).toISOString() }),
      }),
    );
  }
  const get = (url: string) => t.app.inject({ method: "GET", url, headers: { cookie } });
  return { org, agent, cookie, results, get };
}

describe("GET /api/v1/cases", () => {
  it("pages through the whole queue by cursor, newest activity first, without repeats", async () => {
    const { get } = await orgWithCases(7);
    const seen: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await get(`/api/v1/cases?limit=3${cursor ? `&cursor=${cursor}` : ""}`);
      expect(response.statusCode).toBe(200);
      const body = response.json();
      seen.push(...body.items.map((c: { number: number }) => c.number));
      cursor = body.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual([7, 6, 5, 4, 3, 2, 1]);
  });

  it("filters by status, channel and owner on the server", async () => {
    const { org, agent, results, get } = await orgWithCases(6);
    await t.db
      .update(cases)
      .set({ ownerId: agent.id, status: "open" })
      .where(and(eq(cases.orgId, org.id), eq(cases.id, results[0]!.caseId)));
    const sms = (await get("/api/v1/cases?channel=sms")).json();
    expect(sms.items.map((c: { number: number }) => c.number)).toEqual([6, 4, 2]);
    const open = (await get("/api/v1/cases?status=open")).json();
    expect(open.items.map((c: { number: number }) => c.number)).toEqual([1]);
    const mine = (await get("/api/v1/cases?owner=me")).json();
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0].owner).toEqual({ id: agent.id, name: agent.name });
    const unassigned = (await get("/api/v1/cases?owner=unassigned")).json();
    expect(unassigned.items).toHaveLength(5);
  });

  it("rejects a forged cursor and an unknown filter value naming the field", async () => {
    const { get } = await orgWithCases(1);
    const forged = await get("/api/v1/cases?cursor=bm90LWEtY3Vyc29y");
    expect(forged.statusCode).toBe(400);
    expect(forged.json().error.details[0].field).toBe("querystring.cursor");
    const badLimit = await get("/api/v1/cases?limit=5000");
    expect(badLimit.statusCode).toBe(400);
    expect(badLimit.json().error.details[0].field).toBe("querystring.limit");
  });
});

describe("organization walls", () => {
  it("gives an agent of org A a 404 for org B's case and none of B's rows in lists", async () => {
    const a = await orgWithCases(2);
    const b = await orgWithCases(3);
    const foreign = await a.get(`/api/v1/cases/${b.results[0]!.caseId}`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.code).toBe("not_found");
    const list = (await a.get("/api/v1/cases?limit=200")).json();
    const bIds = new Set(b.results.map((r) => r.caseId));
    expect(list.items).toHaveLength(2);
    expect(list.items.some((c: { id: string }) => bIds.has(c.id))).toBe(false);
    const users = (await a.get("/api/v1/users")).json();
    expect(users.items.map((u: { id: string }) => u.id)).toEqual([a.agent.id]);
  });

  it("returns one case with its interactions, identities and the customer's other cases", async () => {
    const { org, results, get } = await orgWithCases(1);
    const first = results[0]!;
    await t.db.update(cases).set({ status: "closed" }).where(eq(cases.id, first.caseId));
    const from = { email: "c0@example.com", handle: "casey" };
    const second = await ingestMessage({
      db: t.db,
      orgId: org.id,
      actor: null,
      message: makeMessage({ from }),
    });
    const body = (await get(`/api/v1/cases/${second.caseId}`)).json();
    expect(body.case.number).toBe(2);
    expect(body.interactions).toHaveLength(1);
    expect(body.interactions[0].direction).toBe("inbound");
    expect(body.customer.identities).toEqual(
      expect.arrayContaining([
        { channel: "email", handle: "c0@example.com" },
        { channel: "handle", handle: "casey" },
      ]),
    );
    expect(body.otherCases.map((c: { id: string }) => c.id)).toEqual([first.caseId]);
  });
});

describe("access control", () => {
  it("requires a session for the queue and refuses API tokens there", async () => {
    const org = await makeOrg(t.db);
    const token = await makeToken(t.db, org.id);
    expect((await t.app.inject({ method: "GET", url: "/api/v1/cases" })).statusCode).toBe(401);
    const withToken = await t.app.inject({
      method: "GET",
      url: "/api/v1/cases",
      headers: { authorization: `Bearer ${token}` },
    });
    expect(withToken.statusCode).toBe(403);
  });

  it("lets only admins deliver messages with a session, and answers 403 to an agent", async () => {
    const org = await makeOrg(t.db);
    const agent = await makeUser(t.db, org.id, "agent");
    const admin = await makeUser(t.db, org.id, "admin");
    const post = async (email: string) =>
      t.app.inject({
        method: "POST",
        url: "/api/v1/messages",
        headers: { cookie: await t.login(email) },
        payload: makeMessage(),
      });
    expect((await post(agent.email)).statusCode).toBe(403);
    expect((await post(admin.email)).statusCode).toBe(201);
  });

  it("signs in with a cookie that is httpOnly and SameSite, and signs out for good", async () => {
    const org = await makeOrg(t.db);
    const agent = await makeUser(t.db, org.id, "agent");
    const login = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: agent.email.toUpperCase(), password: agent.password },
    });
    expect(login.statusCode).toBe(200);
    const cookie = login.cookies.find((c) => c.name === "mend_session")!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe("Lax");
    const header = { cookie: `mend_session=${cookie.value}` };
    expect(
      (await t.app.inject({ method: "GET", url: "/api/v1/auth/me", headers: header })).json().user.id,
    ).toBe(agent.id);
    expect(
      (await t.app.inject({ method: "POST", url: "/api/v1/auth/logout", headers: header })).statusCode,
    ).toBe(204);
    expect((await t.app.inject({ method: "GET", url: "/api/v1/auth/me", headers: header })).statusCode).toBe(
      401,
    );
  });

  it("answers a wrong password and an unknown email the same way", async () => {
    const org = await makeOrg(t.db);
    const agent = await makeUser(t.db, org.id, "agent");
    const remoteAddress = makeClientAddress();
    const wrong = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: agent.email, password: "nope" },
      remoteAddress,
    });
    const unknown = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: `nobody-${randomUUID()}@test.mend`, password: "nope" },
      remoteAddress,
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.body).not.toContain("password_hash");
  });
});
