import { and, count, eq, gt, sql } from "drizzle-orm";
import type { Db } from "../platform/db/client";
import { AppError } from "../platform/http/app-error";
import { verifyPassword } from "./password";
import { hashSecretToken, newSecretToken } from "./secret-token";
import { organizations, sessions, signInFailures, users } from "./tables";

export const SESSION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
/** failed attempts per address, and per client, within the window before sign-in is refused */
export const SIGN_IN_LIMITS = { perEmail: 5, perClient: 50 };

// The attempt is reserved (recorded as a failure) before the password is checked, and counting and
// reserving hold a transaction lock on the address and on the client, so however many attempts arrive
// at once, only the limit's worth reach argon2. A success takes the failures back. Once throttled, even
// the right password waits, so guessing gains nothing; the wait is the window, counted from the attempt
// that crossed the line.
async function reserveAttempt(db: Db, email: string, ip: string) {
  const last = await db.transaction(async (tx) => {
    // email first, then client, in every transaction: no two can wait on each other
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`sign-in email ${email}`}, 0))`);
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`sign-in client ${ip}`}, 0))`);
    const since = new Date(Date.now() - SIGN_IN_WINDOW_MS);
    const [byEmail] = await tx
      .select({ n: count(), last: sql<string>`max(${signInFailures.failedAt})` })
      .from(signInFailures)
      .where(and(eq(signInFailures.email, email), gt(signInFailures.failedAt, since)));
    const [byClient] = await tx
      .select({ n: count(), last: sql<string>`max(${signInFailures.failedAt})` })
      .from(signInFailures)
      .where(and(eq(signInFailures.ip, ip), gt(signInFailures.failedAt, since)));
    // an aggregate always answers one row; 0 means that limit is not reached
    const lastOver = (row: { n: number; last: string }, limit: number) =>
      row.n >= limit ? new Date(row.last).getTime() : 0;
    const over = Math.max(
      lastOver(byEmail!, SIGN_IN_LIMITS.perEmail),
      lastOver(byClient!, SIGN_IN_LIMITS.perClient),
    );
    if (over === 0) await tx.insert(signInFailures).values({ email, ip });
    return over;
  });
  if (last === 0) return;
  const until = last + SIGN_IN_WINDOW_MS;
  const seconds = Math.max(1, Math.ceil((until - Date.now()) / 1000));
  throw new AppError(
    "rate_limited",
    `Too many failed sign-ins. Try again in ${Math.ceil(seconds / 60)} minute${seconds > 60 ? "s" : ""}.`,
    { retryAfterSeconds: seconds },
  );
}

export async function signIn(options: {
  db: Db;
  email: string;
  password: string;
  /** the client's address, for the throttle */
  ip: string;
  userAgent?: string;
}) {
  const email = options.email.trim().toLowerCase();
  await reserveAttempt(options.db, email, options.ip);
  const [row] = await options.db
    .select({ user: users, org: organizations })
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.orgId))
    .where(and(sql`lower(${users.email}) = ${email}`, eq(users.active, true)));
  const valid = await verifyPassword(row?.user.passwordHash ?? null, options.password);
  if (!row || !valid) {
    throw new AppError("invalid_credentials", "That email and password do not match an account.");
  }
  await options.db.delete(signInFailures).where(eq(signInFailures.email, email));
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
