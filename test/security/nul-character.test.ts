import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeMessage, makeOrg, makeToken, makeUser } from "../support/factories";
import { createTestApp } from "../support/test-app";

// PostgreSQL refuses U+0000 in text and jsonb, so it is refused at the door, naming the field,
// before any use case runs (it used to reach the database and come back as a 500).
describe("a NUL character in any input", () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it("is refused with a 400 naming the field in a message, and nothing is stored", async () => {
    const org = await makeOrg(t.db);
    const token = await makeToken(t.db, org.id);
    const send = (payload: object) =>
      t.app.inject({
        method: "POST",
        url: "/api/v1/messages",
        payload,
        headers: { authorization: `Bearer ${token}` },
      });
    const cases: [object, string][] = [
      [makeMessage({ text: "broken\u0000lamp" }), "text"],
      [makeMessage({ subject: "lamp\u0000" }), "subject"],
      [makeMessage({ from: { name: "Ca\u0000sey", email: "casey-nul@example.com" } }), "from.name"],
    ];
    for (const [payload, field] of cases) {
      const answer = await send(payload);
      expect(answer.statusCode, answer.body).toBe(400);
      expect(answer.json().error.details).toEqual([{ field, reason: "must not contain the NUL character" }]);
    }
    const { rows } = await t.pool.query("select count(*)::int as n from cases where org_id = $1", [org.id]);
    expect(rows[0].n).toBe(0);
  });

  it("is refused in a template's name and in a search query", async () => {
    const org = await makeOrg(t.db);
    const cookie = await t.login((await makeUser(t.db, org.id, "admin")).email);
    const created = await t.app.inject({
      method: "POST",
      url: "/api/v1/reply-templates",
      payload: { name: "Ack\u0000", body: "Hello there", stage: null },
      headers: { cookie },
    });
    expect(created.statusCode, created.body).toBe(400);
    expect(created.json().error.message).toBe("name: must not contain the NUL character");
    const searched = await t.app.inject({
      method: "GET",
      url: "/api/v1/reply-templates?q=ack%00",
      headers: { cookie },
    });
    expect(searched.statusCode, searched.body).toBe(400);
    expect(searched.json().error.message).toBe("querystring.q: must not contain the NUL character");
  });
});
