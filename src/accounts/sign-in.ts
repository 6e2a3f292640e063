import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../platform/db/client";
import { AppError } from "../platform/http/app-error";
import { verifyPassword } from "./password";
import { hashSecretToken, newSecretToken } from "./secret-token";
import { organizations, sessions, users } from "./tables";

export const SESSION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

export async function signIn(options: { db: Db; email: string; password: string; userAgent?: string }) {
  const [row] = await options.db
    .select({ user: users, org: organizations })
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.orgId))
    .where(and(sql`lower(${users.email}) = ${options.email.toLowerCase()}`, eq(users.active, true)));
  const valid = await verifyPassword(row?.user.passwordHash ?? null, options.password);
  if (!row || !valid)
    throw new AppError("invalid_credentials", "That email and password do not match an account.");
  const token = newSecretToken("ms");
  await options.db.insert(sessions).values({
    id: hashSecretToken(token),
    orgId: row.org.id,
    userId: row.user.id,
    expiresAt: new Date(Date.now() + SESSION_LIFETIME_MS),
    userAgent: options.userAgent?.slice(0, 300),
  });
  return {
    token,
    user: { id: row.user.id, name: row.user.name, email: row.user.email, role: row.user.role },
    org: { id: row.org.id, slug: row.org.slug, name: row.org.name },
  };
}

export async function signOut(options: { db: Db; token: string }) {
  await options.db.delete(sessions).where(eq(sessions.id, hashSecretToken(options.token)));
}
