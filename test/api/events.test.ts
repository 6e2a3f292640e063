import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeMessage, makeOrg, makeToken, makeUser } from "../support/factories";
import { createTestApp } from "../support/test-app";

// Two apps with their own pools and listeners stand in for two server processes:
// the event travels through PostgreSQL's LISTEN/NOTIFY, not through memory.
let a: Awaited<ReturnType<typeof createTestApp>>;
let b: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  a = await createTestApp();
  b = await createTestApp();
  await a.app.listen({ port: 0, host: "127.0.0.1" });
});
afterAll(async () => {
  await a.close();
  await b.close();
});

async function readEvents(url: string, cookie: string, until: (events: string[]) => boolean) {
  const controller = new AbortController();
  const response = await fetch(url, { headers: { cookie }, signal: controller.signal });
  expect(response.headers.get("content-type")).toContain("text/event-stream");
  const reader = response.body!.getReader();
  const events: string[] = [];
  let buffer = "";
  const done = (async () => {
    // Aborting the stream ends the read with an AbortError: that is the expected way out.
    while (!until(events)) {
      const { value, done: finished } = await reader.read();
      if (finished) break;
      buffer += new TextDecoder().decode(value);
      const blocks = buffer.split("\n\n");
      buffer = blocks.pop() ?? "";
      for (const block of blocks) {
        const data = block.split("\n").find((line) => line.startsWith("data: "));
        if (block.includes("event: case") && data) events.push(data.slice(6));
      }
    }
  })().catch((error: Error) => {
    if (error.name !== "AbortError") throw error;
  });
  return { events, done, stop: () => controller.abort() };
}

describe("GET /api/v1/events", () => {
  it("streams a new case to its organization from another process, and not to others", async () => {
    const org = await makeOrg(a.db);
    const other = await makeOrg(a.db);
    const agent = await makeUser(a.db, org.id);
    const outsider = await makeUser(a.db, other.id);
    const token = await makeToken(a.db, org.id);
    const otherToken = await makeToken(a.db, other.id);
    const address = a.app.server.address() as { port: number };
    const url = `http://127.0.0.1:${address.port}/api/v1/events`;

    // A stream's headers are written in the same tick as its subscription, so once they arrive
    // the stream hears everything after.
    const mine = await readEvents(url, await a.login(agent.email), (events) => events.length >= 2);
    const theirs = await readEvents(url, await a.login(outsider.email), (events) => events.length >= 1);

    const post = (payload: object, bearer = token) =>
      b.app.inject({
        method: "POST",
        url: "/api/v1/messages",
        headers: { authorization: `Bearer ${bearer}` },
        payload,
      });
    const from = { email: "live@example.com" };
    const created = (await post(makeMessage({ from }))).json();
    await post(makeMessage({ from, text: "any news?" }));
    // The other organization's own case comes after ours through the same channel, in order:
    // when it has arrived, anything of ours that leaked would have arrived before it.
    const theirCase = (await post(makeMessage({ from }), otherToken)).json();
    await Promise.all([mine.done, theirs.done]);
    mine.stop();
    theirs.stop();

    expect(mine.events.map((e) => JSON.parse(e))).toEqual([
      { type: "case.created", caseId: created.caseId, number: 1 },
      { type: "case.updated", caseId: created.caseId, number: 1 },
    ]);
    expect(theirs.events.map((e) => JSON.parse(e))).toEqual([
      { type: "case.created", caseId: theirCase.caseId, number: 1 },
    ]);
  });

  it("refuses a visitor who is not signed in", async () => {
    const response = await a.app.inject({ method: "GET", url: "/api/v1/events" });
    expect(response.statusCode).toBe(401);
  });
});
