import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { findOrganization } from "../accounts/find-organization";
import { withDatabase } from "../platform/db/with-database";
import { importCustomers } from "./import-customers";

const usage =
  "usage: mend import customers FILE.csv --org SLUG\n" +
  "columns: external_ref,name,emails,phones,twitter,facebook,instagram,lifetime_value,tier,customer_since,followers,advocate\n" +
  "(several emails, phones or handles in one cell are separated by ; or |)";

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { org: { type: "string" } },
  });
  const [kind, file] = positionals;
  if (kind !== "customers" || !file || !values.org) {
    console.error(usage);
    return 2;
  }
  let csv: string;
  try {
    csv = readFileSync(file, "utf8");
  } catch {
    console.error(`${file}: cannot be read`);
    return 2;
  }
  return withDatabase(async ({ db }) => {
    const org = await findOrganization({ db, slug: values.org! });
    const result = await importCustomers({ db, orgId: org.id, csv });
    for (const problem of result.problems)
      console.error(`${file}:${problem.line}: ${problem.field}: ${problem.reason}`);
    console.log(`${result.loaded} customers loaded, ${result.skipped} rows skipped.`);
    return result.skipped > 0 ? 1 : 0;
  });
}
