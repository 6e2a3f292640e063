import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeOrg, makeUser } from "../support/factories";
import { createTestApp } from "../support/test-app";

describe("signing in again", () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it("ends the session the browser carried, so a planted or leaked cookie dies at the next sign-in", async () => {
    const org = await makeOrg(t.db);
    const agent = await makeUser(t.db, org.id, "agent");
    const first = await t.login(agent.email);
    const again = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: agent.email, password: agent.password },
      headers: { cookie: first },
    });
    expect(again.statusCode).toBe(200);
    const second = `mend_session=${again.cookies.find((c) => c.name === "mend_session")!.value}`;
    expect(second).not.toBe(first);
    const me = (cookie: string) =>
      t.app.inject({ method: "GET", url: "/api/v1/auth/me", headers: { cookie } });
    expect((await me(first)).statusCode).toBe(401);
    expect((await me(second)).statusCode).toBe(200);
  });
});
