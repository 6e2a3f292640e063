import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeUser } from "../support/factories";
import { createTestApp } from "../support/test-app";
import { workflowFixture } from "./workflow-fixture";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe("case life cycle and gates", () => {
  it("refuses to resolve without root cause, desired outcome and a shared plan, naming each", async () => {
    const { api, openCase } = await workflowFixture(t);
    const { caseId } = await openCase();
    const url = `/api/v1/cases/${caseId}`;
    expect((await api.post(`${url}/transitions`, { to: "open" })).statusCode).toBe(200);

    const refused = await api.post(`${url}/transitions`, { to: "resolved" });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe("conflict");
    expect(refused.json().error.details.map((d: { field: string }) => d.field)).toEqual([
      "playbook.root_cause",
      "playbook.desired_outcome",
      "playbook.plan_shared",
    ]);

    const cause = await api.put(`${url}/root-cause`, {
      key: "delivery_logistics",
      fault: "yes",
      note: "courier",
    });
    expect(cause.statusCode).toBe(200);
    expect(cause.json().rootCause).toMatchObject({ key: "delivery_logistics", fault: "yes" });
    await api.put(`${url}/playbook/desired_outcome`, {
      done: true,
      evidence: { text: "A new lamp by Friday" },
    });
    const stillMissing = await api.post(`${url}/transitions`, { to: "resolved" });
    expect(stillMissing.json().error.details).toEqual([
      { field: "playbook.plan_shared", reason: expect.stringContaining("before resolving") },
    ]);

    const noEvidence = await api.put(`${url}/playbook/plan_shared`, {
      done: true,
      evidence: { plan: "ship" },
    });
    expect(noEvidence.statusCode).toBe(400);
    expect(noEvidence.json().error.details[0].field).toBe("evidence.timeline");
    await api.put(`${url}/playbook/plan_shared`, {
      done: true,
      evidence: { plan: "Ship a replacement by courier", timeline: "Arrives Thursday" },
    });
    const resolved = await api.post(`${url}/transitions`, { to: "resolved" });
    expect(resolved.statusCode).toBe(200);
    expect(resolved.json().status).toBe("resolved");
    expect(resolved.json().allowedTransitions).toEqual(["following_up", "closed", "open"]);
  });

  it("refuses to close without an outcome or an evaluation, and wants a reason for unresolvable", async () => {
    const { api, openCase } = await workflowFixture(t);
    const { caseId } = await openCase();
    const url = `/api/v1/cases/${caseId}`;
    const refused = await api.post(`${url}/transitions`, { to: "closed" });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.details.map((d: { field: string }) => d.field)).toEqual([
      "outcome",
      "playbook.evaluation",
    ]);
    const wrongOutcome = await api.post(`${url}/transitions`, { to: "closed", outcome: "recovered" });
    expect(wrongOutcome.json().error.details[0].field).toBe("outcome");
    const noReason = await api.post(`${url}/transitions`, { to: "closed", outcome: "unresolvable" });
    expect(noReason.json().error.details.map((d: { field: string }) => d.field)).toContain("reason");

    await api.put(`${url}/playbook/evaluation`, {
      done: true,
      evidence: { handling: "Slow to reply at first", worked: "no", customerFeedback: "Still unhappy" },
    });
    const closed = await api.post(`${url}/transitions`, {
      to: "closed",
      outcome: "unresolvable",
      reason: "The product is discontinued everywhere",
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json().outcome).toEqual({
      outcome: "unresolvable",
      reason: "The product is discontinued everywhere",
    });

    const reopened = await api.post(`${url}/transitions`, { to: "open", reason: "Found a supplier" });
    expect(reopened.statusCode).toBe(200);
    expect(reopened.json()).toMatchObject({ status: "open", outcome: null });
    const timeline = (await api.get(`${url}/timeline`)).json();
    const actions = timeline.items.map((i: { action: string }) => i.action);
    expect(actions).toEqual(
      expect.arrayContaining(["interaction.inbound", "case.opened", "case.transitioned", "case.reopened"]),
    );
  });

  it("refuses a transition the life cycle does not have and a cause outside the taxonomy", async () => {
    const { api, openCase } = await workflowFixture(t);
    const { caseId } = await openCase();
    const skip = await api.post(`/api/v1/cases/${caseId}/transitions`, { to: "following_up" });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().error.details).toEqual([{ field: "to", reason: "not allowed from new" }]);
    const cause = await api.put(`/api/v1/cases/${caseId}/root-cause`, { key: "aliens", fault: "no" });
    expect(cause.statusCode).toBe(400);
    expect(cause.json().error.details[0].field).toBe("key");
  });

  it("uses the organization's own gates once an admin changes them", async () => {
    const { org, api, openCase } = await workflowFixture(t);
    const admin = await makeUser(t.db, org.id, "admin", "Ada Admin");
    const adminCookie = await t.login(admin.email);
    const forbidden = await api.put("/api/v1/settings/workflow", { gates: { resolve: [], close: [] } });
    expect(forbidden.statusCode).toBe(403);
    const changed = await t.app.inject({
      method: "PUT",
      url: "/api/v1/settings/workflow",
      headers: { cookie: adminCookie },
      payload: { gates: { resolve: ["concerns_heard"], close: [] } },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().rootCauses[0].key).toBe("staff_attitude");
    const { caseId } = await openCase();
    const refused = await api.post(`/api/v1/cases/${caseId}/transitions`, { to: "resolved" });
    expect(refused.json().error.details.map((d: { field: string }) => d.field)).toEqual([
      "playbook.concerns_heard",
    ]);
    await api.put(`/api/v1/cases/${caseId}/playbook/concerns_heard`, {
      done: true,
      evidence: { concerns: ["lamp broken", "needs it by Friday"], readBack: true },
    });
    expect((await api.post(`/api/v1/cases/${caseId}/transitions`, { to: "resolved" })).statusCode).toBe(200);
  });
});
