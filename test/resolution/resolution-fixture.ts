import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import { makeUser } from "../support/factories";
import type { TestApp } from "../workflow/workflow-fixture";
import { workflowFixture } from "../workflow/workflow-fixture";

// An organization with an agent (signed in), a supervisor and an admin, and one case.
export async function resolutionFixture(t: TestApp, text?: string) {
  const fixture = await workflowFixture(t);
  const supervisor = await makeUser(t.db, fixture.org.id, "supervisor", "Sue Supervisor");
  const admin = await makeUser(t.db, fixture.org.id, "admin", "Ada Admin");
  const asSupervisor = fixture.as(await t.login(supervisor.email));
  const asAdmin = fixture.as(await t.login(admin.email));
  const { caseId } = await fixture.openCase(text ? { text } : {});
  return { ...fixture, supervisor, admin, asSupervisor, asAdmin, caseId };
}

// Another process: its own connections to the same database; the caller ends the pools.
export function otherProcess(url: string, pools: pg.Pool[]) {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  pools.push(pool);
  return drizzle(pool);
}
