import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, seedDemo } from "../../src/accounts/seed-demo";
import { casePromises } from "../../src/resolution/tables";
import { createTestApp } from "../support/test-app";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe("the demo organization's resolution data", () => {
  it("has a catalog, limits and a budget, an approval waiting, items given, and promises open, kept and broken", async () => {
    const { org } = await seedDemo({ db: t.db });
    const as = async (email: string) => {
      const cookie = await t.login(email, DEMO_PASSWORD);
      return (url: string) => t.app.inject({ method: "GET", url, headers: { cookie } });
    };
    const admin = await as("admin@demo.mend.test");
    const settings = (await admin("/api/v1/settings/compensation")).json();
    expect(settings.catalog.length).toBeGreaterThanOrEqual(10);
    expect(settings.authority.roles.agent.perCase).toBe(5000);
    expect(settings.authority.roles.supervisor.perCase).toBe(50_000);
    expect(settings.budget.monthly).toBeGreaterThan(0);

    const supervisor = await as("supervisor@demo.mend.test");
    const pending = (await supervisor("/api/v1/approvals?status=pending")).json();
    expect(pending.items.map((i: { accommodation: { type: string } }) => i.accommodation.type)).toEqual([
      "replacement",
    ]);

    const agent = await as("agent@demo.mend.test");
    const tent = (await agent(`/api/v1/cases/${pending.items[0].case.id}/resolution`)).json();
    expect(tent.granted.map((g: { type: string; status: string }) => `${g.type}:${g.status}`)).toEqual([
      "replacement:pending_approval",
      "gift_card:delivered",
    ]);
    expect(tent.plan).toContain("Ship your replacement Ridge 2 tent by express");

    const states = await t.db
      .select({ state: casePromises.state })
      .from(casePromises)
      .where(and(eq(casePromises.orgId, org.id)));
    expect(new Set(states.map((s) => s.state))).toEqual(new Set(["open", "kept", "broken"]));
  });
});
