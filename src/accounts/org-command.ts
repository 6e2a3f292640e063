import { parseArgs } from "node:util";
import { withDatabase } from "../platform/db/with-database";
import { createOrganization } from "./create-organization";

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { slug: { type: "string" }, name: { type: "string" }, "time-zone": { type: "string" } },
  });
  if (positionals[0] !== "create" || !values.slug || !values.name) {
    console.error("usage: mend org create --slug SLUG --name NAME [--time-zone Europe/London]");
    return 2;
  }
  return withDatabase(async ({ db }) => {
    const org = await createOrganization({
      db,
      slug: values.slug!,
      name: values.name!,
      timeZone: values["time-zone"],
    });
    console.log(`Organization "${org.name}" created with slug ${org.slug}.`);
    return 0;
  });
}
