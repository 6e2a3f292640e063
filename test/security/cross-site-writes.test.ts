import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeOrg, makeToken, makeUser } from "../support/factories";
import { createTestApp } from "../support/test-app";

// SameSite=Lax and JSON bodies do not cover body-less POSTs: every cookie-authenticated write must
// come from Mend's own origin.
describe("cross-site writes with a session cookie", () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it("refuses a text/plain logout and a body-less POST from a foreign origin, and keeps the session", async () => {
    const org = await makeOrg(t.db);
    const cookie = await t.login((await makeUser(t.db, org.id, "agent")).email);
    const foreign = { cookie, origin: "https://evil.example", "content-type": "text/plain" };
    const logout = await t.app.inject({ method: "POST", url: "/api/v1/auth/logout", headers: foreign });
    expect(logout.statusCode).toBe(403);
    expect(logout.json().error.message).toMatch(/another site/);
    const fetchSite = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/logout",
      headers: { cookie, "sec-fetch-site": "cross-site" },
    });
    expect(fetchSite.statusCode).toBe(403);
    const me = await t.app.inject({ method: "GET", url: "/api/v1/auth/me", headers: { cookie } });
    expect(me.statusCode).toBe(200);
  });

  it("lets the app's own origin, and bearer tokens from anywhere, write", async () => {
    const org = await makeOrg(t.db);
    const cookie = await t.login((await makeUser(t.db, org.id, "agent")).email);
    const own = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/logout",
      headers: { cookie, origin: t.config.publicUrl, "sec-fetch-site": "same-origin" },
    });
    expect(own.statusCode).toBe(204);
    const token = await makeToken(t.db, org.id);
    const viaToken = await t.app.inject({
      method: "POST",
      url: "/api/v1/messages",
      headers: { authorization: `Bearer ${token}`, origin: "https://elsewhere.example" },
      payload: {
        channel: "email",
        externalId: "csrf-token-ok",
        receivedAt: new Date().toISOString(),
        from: { email: "c@example.com" },
        text: "The parcel never came.",
      },
    });
    expect(viaToken.statusCode, viaToken.body).toBe(201);
  });
});
