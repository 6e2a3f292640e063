import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { FastifyReply, FastifyRequest } from "fastify";
import { hashSecretToken } from "../../accounts/secret-token";
import { apiTokens, sessions, users } from "../../accounts/tables";
import type { Role } from "../../shared/vocabulary";
import type { Db } from "../db/client";
import { AppError } from "./app-error";

export const SESSION_COOKIE = "mend_session";

export type Principal =
  | { kind: "user"; orgId: string; userId: string; role: Role; name: string; sessionToken: string }
  | { kind: "token"; orgId: string; tokenId: string };

// Each route states who may call it; a route that says nothing is for signed-in users only.
export type RouteAccess = {
  public?: boolean;
  roles?: readonly Role[];
  apiToken?: boolean;
};

declare module "fastify" {
  interface FastifyRequest {
    principal: Principal | null;
  }
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}

export function makeAuthHook(db: Db) {
  return async function authenticate(request: FastifyRequest, _reply: FastifyReply) {
    const access = request.routeOptions.config.access ?? {};
    if (access.public) return;
    const principal = await resolvePrincipal(db, request);
    if (!principal) throw new AppError("unauthorized", "Sign in to continue.");
    if (principal.kind === "token" && !access.apiToken) {
      throw new AppError("forbidden", "API tokens cannot use this endpoint.");
    }
    if (principal.kind === "user" && access.roles && !access.roles.includes(principal.role)) {
      throw new AppError("forbidden", "Your role does not allow this.");
    }
    request.principal = principal;
  };
}

async function resolvePrincipal(db: Db, request: FastifyRequest): Promise<Principal | null> {
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

export function requirePrincipal(request: FastifyRequest): Principal {
  if (!request.principal) throw new AppError("unauthorized", "Sign in to continue.");
  return request.principal;
}

export function requireUser(request: FastifyRequest): Extract<Principal, { kind: "user" }> {
  const principal = requirePrincipal(request);
  if (principal.kind !== "user") throw new AppError("forbidden", "This endpoint is for signed-in users.");
  return principal;
}
