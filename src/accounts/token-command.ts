import { parseArgs } from "node:util";
import { withDatabase } from "../platform/db/with-database";
import { createApiToken } from "./create-api-token";
import { findOrganization } from "./find-organization";

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { org: { type: "string" }, name: { type: "string" } },
  });
  if (positionals[0] !== "create" || !values.org || !values.name) {
    console.error("usage: mend token create --org SLUG --name NAME");
    return 2;
  }
  return withDatabase(async ({ db }) => {
    const org = await findOrganization({ db, slug: values.org! });
    const token = await createApiToken({ db, orgId: org.id, name: values.name! });
    console.log(`API token "${token.name}" created for ${org.slug}. It is shown once; store it now:`);
    // The token alone on the last line, so scripts can take it with `tail -1`.
    console.log(token.token);
    return 0;
  });
}
