import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "../support/test-app";

let t: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

type Operation = {
  operationId?: string;
  security?: Record<string, string[]>[];
  responses: Record<string, unknown>;
  deprecated?: boolean;
};

describe("GET /docs/json", () => {
  it("serves the committed document, versioned with the package", async () => {
    const response = await t.app.inject({ method: "GET", url: "/docs/json" });
    expect(response.statusCode).toBe(200);
    const served = response.json();
    const { version } = JSON.parse(readFileSync("package.json", "utf8"));
    expect(served.info.version).toBe(version);
    expect(served).toEqual(JSON.parse(readFileSync("docs/openapi.json", "utf8")));
  });

  it("names every operation once and says who may call it and how it fails", async () => {
    const document = (await t.app.inject({ method: "GET", url: "/docs/json" })).json();
    const operations = Object.entries(document.paths as Record<string, Record<string, Operation>>).flatMap(
      ([path, item]) =>
        Object.entries(item).map(([method, operation]) => ({ key: `${method} ${path}`, operation })),
    );
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(new Set(ids).size).toBe(operations.length);
    const byKey = Object.fromEntries(operations.map(({ key, operation }) => [key, operation]));
    expect(byKey["post /api/v1/auth/login"]?.security).toEqual([]);
    expect(byKey["get /api/v1/cases"]?.security).toEqual([{ session: [] }]);
    expect(byKey["post /api/v1/messages"]?.security).toEqual([{ session: [] }, { bearer: [] }]);
    expect(byKey["get /api/v1/customers/{id}"]?.security).toEqual([{ session: [] }, { bearer: [] }]);
    expect(byKey["post /api/v1/cases/{id}/transitions"]?.responses["409"]).toEqual({
      $ref: "#/components/responses/Conflict",
    });
    expect(byKey["post /api/v1/auth/login"]?.responses["429"]).toEqual({
      $ref: "#/components/responses/RateLimited",
    });
    expect(byKey["put /api/v1/customers/{id}"]?.deprecated).toBe(true);
    expect(byKey["put /api/v1/customers/by-ref/{externalRef}"]?.operationId).toBe("upsertCustomer");
  });
});
