import { and, eq } from "drizzle-orm";
import { cases } from "../cases/tables";
import { customerProfileSchema } from "../customers/schema";
import { upsertCustomer } from "../customers/upsert-customer";
import { ingestMessage } from "../intake/ingest-message";
import type { Db } from "../platform/db/client";
import { seedDemoResolution } from "../resolution/seed-demo-resolution";
import type { Role } from "../shared/vocabulary";
import { replyTemplates } from "../templates/tables";
import { createOrganization } from "./create-organization";
import { createUser } from "./create-user";
import { demoCustomerProfiles, demoMessages } from "./demo-messages";
import { demoTemplates } from "./demo-templates";
import { organizations } from "./tables";

export const DEMO_PASSWORD = "mend-demo-password";

const demoUsers: { email: string; name: string; role: Role; skills: string[] }[] = [
  { email: "admin@demo.mend.test", name: "Alex Admin", role: "admin", skills: [] },
  { email: "supervisor@demo.mend.test", name: "Sam Supervisor", role: "supervisor", skills: [] },
  { email: "agent@demo.mend.test", name: "Ana Agent", role: "agent", skills: ["email", "social"] },
  { email: "agent2@demo.mend.test", name: "Ben Agent", role: "agent", skills: ["phone", "sms"] },
  {
    email: "specialist@demo.mend.test",
    name: "Sara Specialist",
    role: "specialist",
    skills: ["difficult", "safety"],
  },
];

export async function seedDemo(options: { db: Db; now?: Date }) {
  const { db } = options;
  const [existing] = await db.select().from(organizations).where(eq(organizations.slug, "demo"));
  if (existing) return { org: existing, users: demoUsers, password: DEMO_PASSWORD, created: false };
  const org = await createOrganization({
    db,
    slug: "demo",
    name: "Mend Outfitters (demo)",
    timeZone: "Europe/London",
  });
  const users = [];
  for (const user of demoUsers)
    users.push(await createUser({ db, orgId: org.id, password: DEMO_PASSWORD, ...user }));
  const agents = users.filter((u) => u.role === "agent" || u.role === "specialist");
  const admin = users.find((u) => u.role === "admin")!;
  await db
    .insert(replyTemplates)
    .values(demoTemplates.map((t) => ({ orgId: org.id, ...t, createdBy: admin.id, updatedBy: admin.id })));

  // What the shop's own systems know: value, tier, tenure and reach change how urgent a complaint is.
  for (const [externalRef, profile] of demoCustomerProfiles) {
    await db.transaction((tx) =>
      upsertCustomer({ tx, orgId: org.id, externalRef, profile: customerProfileSchema.parse(profile) }),
    );
  }

  const now = options.now ?? new Date();
  // Oldest first, so case numbers grow with time as they would in real life.
  const ordered = demoMessages
    .map((m, index) => ({ m, index }))
    .sort((a, b) => b.m.minutesAgo - a.m.minutesAgo);
  for (const { m, index } of ordered) {
    const { minutesAgo, ...message } = m;
    const result = await ingestMessage({
      db,
      orgId: org.id,
      actor: null,
      message: {
        ...message,
        externalId: `demo-${index + 1}`,
        receivedAt: new Date(now.getTime() - minutesAgo * 60_000).toISOString(),
      },
    });
    // A third of the queue is already in someone's hands, the rest waits for the team.
    if (result.caseCreated && result.caseNumber % 3 === 0) {
      const owner = agents[result.caseNumber % agents.length]!;
      await db
        .update(cases)
        .set({ ownerId: owner.id, status: "open" })
        .where(and(eq(cases.orgId, org.id), eq(cases.id, result.caseId)));
    }
  }
  await seedDemoResolution({ db, orgId: org.id, users, now });
  return { org, users: demoUsers, password: DEMO_PASSWORD, created: true };
}
