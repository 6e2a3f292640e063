import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SIGN_IN_LIMITS } from "../../src/accounts/sign-in";
import { makeClientAddress, makeOrg, makeUser } from "../support/factories";
import { createTestApp } from "../support/test-app";

describe("sign-in throttle", () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  // each test signs in from its own made-up client address, so the tests do not share a per-client count
  const signIn = (email: string, password: string, ip: string) =>
    t.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email, password },
      remoteAddress: ip,
    });

  it("refuses an account after five wrong passwords, even the right one, and says when to retry", async () => {
    const org = await makeOrg(t.db);
    const agent = await makeUser(t.db, org.id, "agent");
    const colleague = await makeUser(t.db, org.id, "agent");
    const ip = makeClientAddress();
    for (let i = 0; i < SIGN_IN_LIMITS.perEmail - 1; i++)
      expect((await signIn(agent.email, `guess ${i}`, ip)).statusCode).toBe(401);
    // The wait runs from the last failure, which happened between these two readings of the clock.
    const lastFailureFrom = Date.now();
    expect((await signIn(agent.email, "last guess", ip)).statusCode).toBe(401);
    const refused = await signIn(agent.email.toUpperCase(), agent.password, ip);
    const refusedBy = Date.now();
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.message).toMatch(/Too many failed sign-ins\. Try again in 15 minutes\./);
    const retryAfter = Number(refused.headers["retry-after"]);
    expect(retryAfter).toBeGreaterThanOrEqual(Math.floor(900 - (refusedBy - lastFailureFrom) / 1000));
    expect(retryAfter).toBeLessThanOrEqual(900);
    // other accounts from the same place are not locked out by one account's failures
    expect((await signIn(colleague.email, colleague.password, ip)).statusCode).toBe(200);
  });

  it("forgets failures after a successful sign-in", async () => {
    const org = await makeOrg(t.db);
    const agent = await makeUser(t.db, org.id, "agent");
    const ip = makeClientAddress();
    for (let i = 0; i < SIGN_IN_LIMITS.perEmail - 1; i++) await signIn(agent.email, "typo", ip);
    expect((await signIn(agent.email, agent.password, ip)).statusCode).toBe(200);
    for (let i = 0; i < SIGN_IN_LIMITS.perEmail - 1; i++) await signIn(agent.email, "typo", ip);
    expect((await signIn(agent.email, agent.password, ip)).statusCode).toBe(200);
  });

  it("refuses one client that tries many accounts, but not the same accounts from elsewhere", async () => {
    const org = await makeOrg(t.db);
    const agent = await makeUser(t.db, org.id, "agent");
    const ip = makeClientAddress();
    for (let i = 0; i < SIGN_IN_LIMITS.perClient; i++) {
      expect((await signIn(`someone-${randomUUID()}@test.mend`, "x", ip)).statusCode).toBe(401);
    }
    expect((await signIn(agent.email, agent.password, ip)).statusCode).toBe(429);
    expect((await signIn(agent.email, agent.password, makeClientAddress())).statusCode).toBe(200);
  });

  it("counts a client by its own address, not by an X-Forwarded-For it made up (no proxy trusted)", async () => {
    const org = await makeOrg(t.db);
    const agent = await makeUser(t.db, org.id, "agent");
    const ip = makeClientAddress();
    for (let i = 0; i < SIGN_IN_LIMITS.perClient; i++) {
      const attempt = await t.app.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        payload: { email: `someone-${randomUUID()}@test.mend`, password: "x" },
        remoteAddress: ip,
        headers: { "x-forwarded-for": `203.0.113.${i + 1}` },
      });
      expect(attempt.statusCode).toBe(401);
    }
    expect((await signIn(agent.email, agent.password, ip)).statusCode).toBe(429);
  });
});
