import { and, asc, eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppDeps } from "../platform/http/app-deps";
import { AppError } from "../platform/http/app-error";
import { requireUser, SESSION_COOKIE } from "../platform/http/auth";
import { noContent } from "../platform/http/openapi";
import { loginBody, sessionResponse, userListResponse } from "./schema";
import { SESSION_LIFETIME_MS, signIn, signOut } from "./sign-in";
import { organizations, users } from "./tables";

export function registerAccountRoutes(instance: FastifyInstance, deps: AppDeps) {
  const api = instance.withTypeProvider<ZodTypeProvider>();
  const secureCookie = deps.config.publicUrl.startsWith("https://");

  api.post(
    "/api/v1/auth/login",
    {
      config: { access: { public: true }, errors: ["invalid_credentials", "rate_limited"] },
      schema: {
        operationId: "signIn",
        tags: ["accounts"],
        summary: "Sign in",
        body: loginBody,
        response: { 200: sessionResponse },
      },
    },
    async (request, reply) => {
      const session = await signIn({
        db: deps.db,
        email: request.body.email,
        password: request.body.password,
        ip: request.ip,
        userAgent: request.headers["user-agent"],
      });
      reply.setCookie(SESSION_COOKIE, session.token, {
        path: "/",
        httpOnly: true,
        sameSite: "lax",
        secure: secureCookie,
        maxAge: SESSION_LIFETIME_MS / 1000,
      });
      request.log.info({ userId: session.user.id }, "signed in");
      return { user: session.user, org: session.org };
    },
  );

  api.post(
    "/api/v1/auth/logout",
    {
      config: { access: { public: true } },
      schema: {
        operationId: "signOut",
        tags: ["accounts"],
        summary: "Sign out",
        response: { 204: noContent("Signed out") },
      },
    },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await signOut({ db: deps.db, token });
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return reply.status(204).send();
    },
  );

  api.get(
    "/api/v1/auth/me",
    {
      schema: {
        operationId: "getSession",
        tags: ["accounts"],
        summary: "The signed-in user",
        response: { 200: sessionResponse },
      },
    },
    async (request) => {
      const principal = requireUser(request);
      const [row] = await deps.db
        .select({ user: users, org: organizations })
        .from(users)
        .innerJoin(organizations, eq(organizations.id, users.orgId))
        .where(and(eq(users.id, principal.userId), eq(users.orgId, principal.orgId)));
      if (!row) throw new AppError("unauthorized", "Sign in to continue.");
      return {
        user: { id: row.user.id, name: row.user.name, email: row.user.email, role: row.user.role },
        org: { id: row.org.id, slug: row.org.slug, name: row.org.name },
      };
    },
  );

  api.get(
    "/api/v1/users",
    {
      schema: {
        operationId: "listUsers",
        tags: ["accounts"],
        summary: "The organization's users",
        response: { 200: userListResponse },
      },
    },
    async (request) => {
      const principal = requireUser(request);
      const items = await deps.db
        .select({ id: users.id, name: users.name, email: users.email, role: users.role })
        .from(users)
        .where(and(eq(users.orgId, principal.orgId), eq(users.active, true)))
        .orderBy(asc(users.name));
      return { items };
    },
  );
}
