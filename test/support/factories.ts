import { randomBytes } from "node:crypto";
import { createApiToken } from "../../src/accounts/create-api-token";
import { createOrganization } from "../../src/accounts/create-organization";
import { createUser } from "../../src/accounts/create-user";
import type { InboundMessage } from "../../src/intake/schema";
import type { Db } from "../../src/platform/db/client";
import type { Role } from "../../src/shared/vocabulary";

export const TEST_PASSWORD = "correct horse battery";

const unique = () => randomBytes(4).toString("hex");

// Failed sign-ins are counted per client address in the shared database, across files and runs:
// a test that fails on purpose does it from an address of its own (IPv6 documentation prefix).
export function makeClientAddress() {
  return `2001:db8::${randomBytes(2).toString("hex")}:${randomBytes(2).toString("hex")}`;
}

export async function makeOrg(db: Db, name = "Test Org") {
  return createOrganization({ db, slug: `org-${unique()}`, name });
}

export async function makeUser(db: Db, orgId: string, role: Role = "agent", name = "Test Agent") {
  const user = await createUser({
    db,
    orgId,
    role,
    name,
    email: `${role}-${unique()}@test.mend`,
    password: TEST_PASSWORD,
  });
  return { ...user, password: TEST_PASSWORD };
}

export async function makeToken(db: Db, orgId: string) {
  return (await createApiToken({ db, orgId, name: "test" })).token;
}

export function makeMessage(overrides: Partial<InboundMessage> = {}): InboundMessage {
  return {
    channel: "email",
    externalId: `msg-${unique()}`,
    receivedAt: new Date().toISOString(),
    from: { name: "Casey Customer", email: `casey-${unique()}@example.com` },
    subject: "My order arrived broken",
    text: "The lamp I ordered arrived in pieces and I need it for Friday.",
    ...overrides,
  };
}
