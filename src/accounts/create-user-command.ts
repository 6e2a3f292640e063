import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { withDatabase } from "../platform/db/with-database";
import { type Role, roles } from "../shared/vocabulary";
import { createUser } from "./create-user";
import { findOrganization } from "./find-organization";

export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      org: { type: "string" },
      email: { type: "string" },
      name: { type: "string" },
      role: { type: "string", default: "agent" },
      password: { type: "string" },
    },
  });
  if (!values.org || !values.email || !values.name) {
    console.error(
      `usage: mend create-user --org SLUG --email EMAIL --name NAME [--role ${roles.join("|")}] [--password P]`,
    );
    return 2;
  }
  if (!roles.includes(values.role as Role)) {
    console.error(`--role: must be one of ${roles.join(", ")}`);
    return 2;
  }
  const password = values.password ?? process.env.MEND_PASSWORD ?? randomBytes(12).toString("base64url");
  return withDatabase(async ({ db }) => {
    const org = await findOrganization({ db, slug: values.org! });
    const user = await createUser({
      db,
      orgId: org.id,
      email: values.email!,
      name: values.name!,
      role: values.role as Role,
      password,
    });
    console.log(`User ${user.email} (${user.role}) created in ${org.slug}.`);
    if (!values.password && !process.env.MEND_PASSWORD) console.log(`Generated password: ${password}`);
    return 0;
  });
}
