import { parseArgs } from "node:util";
import { withDatabase } from "../platform/db/with-database";
import { seedDemo } from "./seed-demo";

export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { demo: { type: "boolean" } } });
  if (!values.demo) {
    console.error("usage: mend seed --demo");
    return 2;
  }
  return withDatabase(async ({ db }) => {
    const demo = await seedDemo({ db });
    console.log(demo.created ? "Demo organization created." : "The demo organization already exists.");
    for (const user of demo.users)
      console.log(`  ${user.role.padEnd(10)} ${user.email}  password: ${demo.password}`);
    return 0;
  });
}
