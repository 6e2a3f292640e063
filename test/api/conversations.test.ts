import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestMessage } from "../../src/intake/ingest-message";
import { makeMessage, makeOrg, makeUser } from "../support/factories";
import { createTestApp } from "../support/test-app";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

async function setUp() {
  const org = await makeOrg(t.db);
  const agent = await makeUser(t.db, org.id, "agent", "Ana Agent");
  const cookie = await t.login(agent.email);
  const emailed = await ingestMessage({
    db: t.db,
    orgId: org.id,
    actor: null,
    message: makeMessage({ text: "Where is my parcel?" }),
  });
  const request = (method: "GET" | "POST", url: string, payload?: unknown) =>
    t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  return { org, agent, cookie, emailed, request };
}

describe("phone calls and visits logged by the agent", () => {
  it("stores a call on the case, analysed by triage, with its read-back counted by the playbook", async () => {
    const { emailed, request } = await setUp();
    const logged = await request("POST", `/api/v1/cases/${emailed.caseId}/calls`, {
      concerns: [
        "The parcel is two weeks late",
        "The driver was rude and threw it over the fence",
        "I am furious and will cancel my account if I don't get a refund",
      ],
      holdSeconds: 420,
      readBack: { confirmed: true },
      nextStep: "Refund the delivery fee today and call back on Friday",
    });
    expect(logged.statusCode).toBe(201);
    const result = logged.json();
    expect(result).toMatchObject({ caseId: emailed.caseId, caseCreated: false, duplicate: false });

    const detail = (await request("GET", `/api/v1/cases/${emailed.caseId}`)).json();
    const call = detail.interactions.find((i: { id: string }) => i.id === result.interactionId);
    expect(call).toMatchObject({ channel: "phone", direction: "inbound" });
    expect(call.conversation).toMatchObject({
      kind: "phone",
      holdSeconds: 420,
      nextStep: "Refund the delivery fee today and call back on Friday",
      loggedBy: { name: "Ana Agent" },
    });
    expect(call.conversation.readBack.confirmed).toBe(true);
    expect(call.conversation.readBack.summary).toContain("the driver was rude and threw it over the fence");
    // Triage read the concerns like any message: anger and a churn threat.
    expect(call.analysis.unhappiness.label).toBe("unhappy");
    expect(call.analysis.risk.score).toBeGreaterThan(0);

    const workflow = (await request("GET", `/api/v1/cases/${emailed.caseId}/workflow`)).json();
    const heard = workflow.playbook.find((item: { key: string }) => item.key === "concerns_heard");
    expect(heard).toMatchObject({ done: true, source: "mend" });
    expect(heard.evidence).toMatchObject({ readBack: true, interactionId: result.interactionId });
    expect(heard.evidence.concerns).toHaveLength(3);
    // The customer was spoken to: the first-response clock is answered.
    expect(workflow.sla.clocks.firstResponse.state).toBe("met");
  });

  it("keeps the agent's own read-back words and stores a visit without hold time", async () => {
    const { emailed, request } = await setUp();
    const logged = await request("POST", `/api/v1/cases/${emailed.caseId}/visits`, {
      concerns: ["Wrong size delivered"],
      holdSeconds: 60,
      readBack: { summary: "So the jacket came in the wrong size.", confirmed: false },
    });
    expect(logged.statusCode).toBe(201);
    const detail = (await request("GET", `/api/v1/cases/${emailed.caseId}`)).json();
    const visit = detail.interactions.find((i: { channel: string }) => i.channel === "visit");
    expect(visit.conversation).toMatchObject({
      kind: "visit",
      holdSeconds: null,
      nextStep: null,
      readBack: { summary: "So the jacket came in the wrong size.", confirmed: false },
    });
  });

  it("opens a case for a new caller and threads their next call into it; the same call id is stored once", async () => {
    const { request } = await setUp();
    const body = {
      customer: { name: "Pat Phone", phone: "+44 20 7946 0000" },
      subject: "Missing refund",
      concerns: ["Refund promised a month ago has not arrived"],
      readBack: { confirmed: true },
      externalId: "pbx-123",
    };
    const first = await request("POST", "/api/v1/calls", body);
    expect(first.statusCode).toBe(201);
    expect(first.json().caseCreated).toBe(true);
    const again = await request("POST", "/api/v1/calls", body);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ duplicate: true, interactionId: first.json().interactionId });
    const next = await request("POST", "/api/v1/calls", {
      ...body,
      customer: { phone: "+44 20 7946 0000" },
      externalId: "pbx-124",
    });
    expect(next.json()).toMatchObject({ caseId: first.json().caseId, caseCreated: false });
    const detail = (await request("GET", `/api/v1/cases/${first.json().caseId}`)).json();
    expect(detail.case).toMatchObject({ channel: "phone", subject: "Missing refund" });
    expect(detail.customer.name).toBe("Pat Phone");
    expect(detail.interactions).toHaveLength(2);
  });

  it("refuses bad input by field and another organization's case as missing, storing nothing", async () => {
    const { emailed, request } = await setUp();
    const empty = await request("POST", `/api/v1/cases/${emailed.caseId}/calls`, { concerns: [] });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details[0].field).toBe("concerns");
    const negative = await request("POST", `/api/v1/cases/${emailed.caseId}/calls`, {
      concerns: ["late"],
      holdSeconds: -5,
    });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().error.details[0].field).toBe("holdSeconds");
    const future = await request("POST", `/api/v1/cases/${emailed.caseId}/calls`, {
      concerns: ["late"],
      occurredAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.details[0].field).toBe("occurredAt");
    const nobody = await request("POST", "/api/v1/visits", {
      customer: { name: "No Contact" },
      concerns: ["x"],
    });
    expect(nobody.statusCode).toBe(400);

    const other = await setUp();
    const foreign = await other.request("POST", `/api/v1/cases/${emailed.caseId}/calls`, { concerns: ["x"] });
    expect(foreign.statusCode).toBe(404);
    const detail = (await request("GET", `/api/v1/cases/${emailed.caseId}`)).json();
    expect(detail.interactions).toHaveLength(1);
  });
});
