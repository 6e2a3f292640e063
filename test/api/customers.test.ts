import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCustomers } from "../../src/customers/import-customers";
import { ingestMessage } from "../../src/intake/ingest-message";
import { makeMessage, makeOrg, makeToken, makeUser } from "../support/factories";
import { createTestApp } from "../support/test-app";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

async function setup() {
  const org = await makeOrg(t.db);
  const token = await makeToken(t.db, org.id);
  const put = (ref: string, payload: object, path = "/api/v1/customers/by-ref/") =>
    t.app.inject({
      method: "PUT",
      url: `${path}${encodeURIComponent(ref)}`,
      headers: { authorization: `Bearer ${token}` },
      payload,
    });
  return { org, put };
}

describe("PUT /api/v1/customers/by-ref/:externalRef", () => {
  it("creates a customer with value, tier and reach, then updates only what is sent", async () => {
    const { put } = await setup();
    const created = await put("crm-1", {
      name: "Dana Whitfield",
      emails: ["Dana@Example.com"],
      handles: [{ network: "twitter", handle: "@DanaW" }],
      lifetimeValue: 5400.5,
      tier: "gold",
      customerSince: "2019-04-01",
      followers: 12000,
      advocate: true,
    });
    expect(created.statusCode).toBe(200);
    expect(created.json()).toMatchObject({
      externalRef: "crm-1",
      lifetimeValue: 5400.5,
      tier: "gold",
      customerSince: "2019-04-01",
      followers: 12000,
      advocate: true,
    });
    expect(created.json().identities).toEqual(
      expect.arrayContaining([
        { channel: "email", handle: "dana@example.com" },
        { channel: "twitter", handle: "danaw" },
      ]),
    );
    const updated = await put("crm-1", { tier: "platinum" });
    expect(updated.json()).toMatchObject({
      id: created.json().id,
      tier: "platinum",
      lifetimeValue: 5400.5,
      name: "Dana Whitfield",
    });
  });

  it("merges the customer Mend created from a message, keeping their case", async () => {
    const { org, put } = await setup();
    const message = await ingestMessage({
      db: t.db,
      orgId: org.id,
      actor: null,
      message: makeMessage({ channel: "twitter", from: { name: "Lee", handle: "@lee_outdoors" } }),
    });
    const response = await put("crm-9", {
      handles: [{ network: "twitter", handle: "lee_outdoors" }],
      lifetimeValue: 900,
    });
    expect(response.json().merged).toBe(1);
    expect(response.json().name).toBe("Lee");
    const agent = await makeUser(t.db, org.id);
    const detail = await t.app.inject({
      method: "GET",
      url: `/api/v1/cases/${message.caseId}`,
      headers: { cookie: await t.login(agent.email) },
    });
    expect(detail.json().customer).toMatchObject({
      id: response.json().id,
      externalRef: "crm-9",
      lifetimeValue: 900,
    });
  });

  it("refuses an identity that belongs to another known customer, naming the field", async () => {
    const { put } = await setup();
    await put("crm-a", { emails: ["shared@example.com"] });
    const response = await put("crm-b", { emails: ["shared@example.com"] });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.details[0]).toMatchObject({ field: "emails" });
  });

  it("names each bad field with 400 and stores nothing", async () => {
    const { put } = await setup();
    const response = await put("crm-x", {
      emails: ["not-an-email"],
      followers: -3,
      customerSince: "last year",
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json().error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(["emails.0", "followers", "customerSince"]));
  });

  it("still answers at the deprecated path, saying where to go instead", async () => {
    const { put } = await setup();
    const created = await put("crm 7", { name: "Old Path" }, "/api/v1/customers/");
    expect(created.statusCode).toBe(200);
    expect(created.json()).toMatchObject({ externalRef: "crm 7", name: "Old Path" });
    expect(created.headers.deprecation).toBe("true");
    expect(created.headers.sunset).toMatch(/GMT$/);
    expect(created.headers.link).toBe('</api/v1/customers/by-ref/crm%207>; rel="successor-version"');
    const again = await put("crm 7", { tier: "gold" });
    expect(again.json()).toMatchObject({ id: created.json().id, name: "Old Path", tier: "gold" });
    expect(again.headers.deprecation).toBeUndefined();
  });
});

describe("importCustomers", () => {
  it("loads the good rows and reports each bad row by line", async () => {
    const org = await makeOrg(t.db);
    const csv = [
      "external_ref,name,emails,phones,twitter,lifetime_value,tier,customer_since,followers,advocate",
      "c-1,Ana Lima,ana@example.com;ana.lima@example.com,,@analima,1200,gold,2020-01-05,300,yes",
      "c-2,Bo Chen,not-an-email,,,,,,,",
      ",No Ref,noref@example.com,,,,,,,",
      "c-3,Cy Ode,cy@example.com,+44 7700 900111,,abc,,,,",
      "c-4,Di Park,di@example.com,,,50,silver,2024-02-30,,no",
      'c-5,"Eve, Jr.",eve@example.com,,,75.5,,2021-06-01,10,',
    ].join("\n");
    const result = await importCustomers({ db: t.db, orgId: org.id, csv });
    expect(result.loaded).toBe(2);
    expect(result.skipped).toBe(4);
    expect(result.problems.map((p) => [p.line, p.field])).toEqual([
      [3, "emails"],
      [4, "external_ref"],
      [5, "lifetime_value"],
      [6, "customer_since"],
    ]);
  });
});
