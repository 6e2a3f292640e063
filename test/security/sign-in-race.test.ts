import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SIGN_IN_LIMITS } from "../../src/accounts/sign-in";
import { makeOrg, makeUser } from "../support/factories";
import { createTestApp } from "../support/test-app";

describe("sign-in throttle under concurrency", () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  // A 401 is only answered after the password was checked, so the 401s count the argon2 verifications.
  it("checks at most the limit's worth of passwords when 40 wrong ones arrive at once", async () => {
    const org = await makeOrg(t.db);
    const agent = await makeUser(t.db, org.id, "agent");
    const ip = `198.51.100.${Math.floor(Math.random() * 200) + 1}`;
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        t.app.inject({
          method: "POST",
          url: "/api/v1/auth/login",
          payload: { email: agent.email, password: `wrong guess ${i}` },
          remoteAddress: ip,
        }),
      ),
    );
    const statuses = answers.map((answer) => answer.statusCode);
    const checked = statuses.filter((status) => status === 401).length;
    expect(checked).toBe(SIGN_IN_LIMITS.perEmail);
    expect(statuses.filter((status) => status === 429).length).toBe(40 - checked);
    // and the right password is refused too, until the window passes
    const right = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: agent.email, password: agent.password },
      remoteAddress: ip,
    });
    expect(right.statusCode).toBe(429);
  });
});
