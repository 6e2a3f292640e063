import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import type { Db } from "../platform/db/client";
import { type Principal, SESSION_COOKIE } from "../platform/http/auth";
import { hashSecretToken } from "./secret-token";
import { apiTokens, sessions, users } from "./tables";

export async function resolvePrincipal(options: {
  db: Db;
  request: FastifyRequest;
}): Promise<Principal | null> {
  const { db, request } = options;
  const bearer = request.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) {
    const [token] = await db
      .update(apiTokens)
      .set({ lastUsedAt: new Date() })
      .where(and(eq(apiTokens.tokenHash, hashSecretToken(bearer)), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id, orgId: apiTokens.orgId });
    return token ? { kind: "token", orgId: token.orgId, tokenId: token.id } : null;
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (!cookie) return null;
  const [row] = await db
    .select({
      userId: users.id,
      orgId: users.orgId,
      role: users.role,
      name: users.name,
      lastSeenAt: sessions.lastSeenAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.id, hashSecretToken(cookie)),
        gt(sessions.expiresAt, new Date()),
        eq(users.active, true),
      ),
    );
  if (!row) return null;
  // Touching the session on every request would turn reads into writes; once a minute is enough.
  if (Date.now() - row.lastSeenAt.getTime() > 60_000) {
    await db
      .update(sessions)
      .set({ lastSeenAt: sql`now()` })
      .where(eq(sessions.id, hashSecretToken(cookie)));
  }
  return {
    kind: "user",
    orgId: row.orgId,
    userId: row.userId,
    role: row.role,
    name: row.name,
    sessionToken: cookie,
  };
}
