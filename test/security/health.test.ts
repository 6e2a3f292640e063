import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildMendApp } from "../../src/app/build-mend-app";
import { outboundAdapters } from "../../src/app/outbound-adapters";
import { createLogger } from "../../src/platform/log";
import { createTestApp } from "../support/test-app";

describe("health checks", () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it("answer live and ready without signing in, and are in the OpenAPI document", async () => {
    const live = await t.app.inject({ method: "GET", url: "/health/live" });
    expect(live.statusCode).toBe(200);
    const ready = await t.app.inject({ method: "GET", url: "/health/ready" });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ ok: true, database: true, jobQueue: true });
    const paths = (await t.app.inject({ method: "GET", url: "/docs/json" })).json().paths;
    expect(Object.keys(paths)).toEqual(expect.arrayContaining(["/health/live", "/health/ready"]));
  });

  it("answers 503 on ready when the job queue cannot be reached, while live stays 200", async () => {
    const jobs = { ...t.jobs, ready: () => Promise.reject(new Error("connection refused")) };
    const app = await buildMendApp({ ...t, jobs, log: createLogger("silent"), outbound: outboundAdapters });
    try {
      const ready = await app.inject({ method: "GET", url: "/health/ready" });
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toEqual({ ok: false, database: true, jobQueue: false });
      expect((await app.inject({ method: "GET", url: "/health/live" })).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});
