import { ingestMessage } from "../../src/intake/ingest-message";
import type { InboundMessage } from "../../src/intake/schema";
import { makeMessage, makeOrg, makeUser } from "../support/factories";
import type { createTestApp } from "../support/test-app";

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

// One organization with an agent signed in, and helpers to open cases and call the API as them.
export async function workflowFixture(t: TestApp) {
  const org = await makeOrg(t.db);
  const agent = await makeUser(t.db, org.id, "agent", "Alex Agent");
  const cookie = await t.login(agent.email);
  const as = (who: string) => ({
    get: (url: string) => t.app.inject({ method: "GET", url, headers: { cookie: who } }),
    post: (url: string, payload: object = {}) =>
      t.app.inject({ method: "POST", url, payload, headers: { cookie: who } }),
    put: (url: string, payload: object) =>
      t.app.inject({ method: "PUT", url, payload, headers: { cookie: who } }),
  });
  const openCase = async (overrides: Partial<InboundMessage> = {}) =>
    ingestMessage({ db: t.db, orgId: org.id, actor: null, message: makeMessage(overrides) });
  return { org, agent, cookie, api: as(cookie), as, openCase };
}
