import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildMendApp } from "../../src/app/build-mend-app";
import { outboundAdapters } from "../../src/app/outbound-adapters";
import { createLogger } from "../../src/platform/log";
import { createTestApp } from "../support/test-app";

const expected = {
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "same-origin",
};

describe("security headers", () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it("are on the pages, the API docs and the API, with a CSP that allows no inline script", async () => {
    for (const url of ["/", "/sign-in", "/docs", "/docs/json", "/api/v1/auth/me", "/api/v1/nothing-here"]) {
      const answer = await t.app.inject({ method: "GET", url });
      expect(answer.headers, url).toMatchObject(expected);
      const csp = String(answer.headers["content-security-policy"]);
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(csp, url).toMatch(/script-src 'self'(;|$)/);
      expect(csp, url).toContain("object-src 'none'");
      // plain http here: no HSTS, which would pin a browser to https this server cannot speak
      expect(answer.headers["strict-transport-security"], url).toBeUndefined();
    }
  });

  it("adds HSTS when PUBLIC_URL is https", async () => {
    const config = { ...t.config, publicUrl: "https://mend.example" };
    const app = await buildMendApp({
      config,
      db: t.db,
      log: createLogger("silent"),
      events: t.events,
      jobs: t.jobs,
      outbound: outboundAdapters,
    });
    try {
      const answer = await app.inject({ method: "GET", url: "/api/v1/auth/me" });
      expect(answer.headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
    } finally {
      await app.close();
    }
  });
});
