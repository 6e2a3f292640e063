import { Writable } from "node:stream";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildMendApp } from "../../src/app/build-mend-app";
import { outboundAdapters } from "../../src/app/outbound-adapters";
import { createLogger } from "../../src/platform/log";
import { createTestApp } from "../support/test-app";

function capturingLogger() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { log: createLogger("info", stream), lines };
}

describe("what the logs keep", () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it("logs request paths with query values masked, so a ?secret= never lands in the log", async () => {
    const { log, lines } = capturingLogger();
    const app = await buildMendApp({ ...t, log, outbound: outboundAdapters });
    try {
      await app.inject({
        method: "POST",
        url: "/inbound/email/6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f?secret=hunter2-webhook-secret&x=1",
        headers: { "content-type": "message/rfc822" },
        payload: "Subject: hi\r\n\r\nhello",
      });
    } finally {
      await app.close();
    }
    const logged = lines.join("");
    expect(logged).toContain("/inbound/email/6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f?secret=***&x=***");
    expect(logged).not.toContain("hunter2");
  });

  it("logs a failed query's SQL but not its parameters", async () => {
    const { log, lines } = capturingLogger();
    const failure = await t.db.execute(sql`select ${"Casey Customer's complaint"}::int`).catch((e) => e);
    expect(failure).toBeInstanceOf(Error);
    log.error({ err: failure }, "unhandled error");
    const logged = lines.join("");
    expect(logged).toContain("select $1::int");
    expect(logged).not.toContain("Casey Customer");
  });
});
