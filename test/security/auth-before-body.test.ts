import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectWebhookMailbox } from "../email/email-support";
import { type RunningSmtpSink, startSmtpSink } from "../support/smtp-sink";
import { createTestApp } from "../support/test-app";

// Who is calling is settled before the body is read or validated: a stranger learns nothing about
// a route's fields, and an unauthenticated sender cannot make Mend read 32 MiB.
describe("authentication before the body", () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let sink: RunningSmtpSink;
  beforeAll(async () => {
    [t, sink] = await Promise.all([createTestApp(), startSmtpSink()]);
  });
  afterAll(async () => {
    await t?.close();
    await sink?.stop();
  });

  it("answers 401, not a field error, to an unauthenticated request with a bad body", async () => {
    const answer = await t.app.inject({ method: "POST", url: "/api/v1/messages", payload: { text: 1 } });
    expect(answer.statusCode).toBe(401);
    const template = await t.app.inject({ method: "POST", url: "/api/v1/reply-templates", payload: {} });
    expect(template.statusCode).toBe(401);
  });

  it("refuses a webhook post with a wrong secret before reading its body", async () => {
    const { post } = await connectWebhookMailbox({ t, smtpPort: sink.port });
    const tooBig = await post(Buffer.alloc(33 * 1024 * 1024, "a"), { secret: "wrong" });
    expect(tooBig.statusCode).toBe(401);
    const oddType = await post("hello", { secret: "wrong", contentType: "text/csv" });
    expect(oddType.statusCode).toBe(401);
  });
});
