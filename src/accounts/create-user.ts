import { sql } from "drizzle-orm";
import type { Db } from "../platform/db/client";
import { AppError } from "../platform/http/app-error";
import { type Role, roleSchema } from "../shared/vocabulary";
import { hashPassword } from "./password";
import { emailSchema, passwordSchema } from "./schema";
import { users } from "./tables";

export async function createUser(options: {
  db: Db;
  orgId: string;
  email: string;
  name: string;
  role: Role;
  password: string;
  skills?: string[];
}) {
  const problems: { field: string; reason: string }[] = [];
  const email = emailSchema.safeParse(options.email);
  if (!email.success) problems.push({ field: "email", reason: "must be an email address" });
  const password = passwordSchema.safeParse(options.password);
  if (!password.success)
    problems.push({ field: "password", reason: password.error.issues[0]?.message ?? "invalid" });
  if (!roleSchema.safeParse(options.role).success) {
    problems.push({ field: "role", reason: `must be one of ${roleSchema.options.join(", ")}` });
  }
  if (!options.name.trim()) problems.push({ field: "name", reason: "required" });
  if (problems.length > 0 || !email.success) {
    throw new AppError("validation_failed", "The user could not be created.", { details: problems });
  }
  const [existing] = await options.db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = ${email.data}`);
  if (existing) throw new AppError("conflict", `A user with the email ${email.data} already exists.`);
  const [user] = await options.db
    .insert(users)
    .values({
      orgId: options.orgId,
      email: email.data,
      name: options.name.trim(),
      role: options.role,
      passwordHash: await hashPassword(options.password),
      skills: options.skills ?? [],
    })
    .returning({ id: users.id, email: users.email, name: users.name, role: users.role, orgId: users.orgId });
  return user!;
}
