import type { FastifyReply, FastifyRequest } from "fastify";
import type { Role } from "../../shared/vocabulary";
import { AppError, type AppErrorCode } from "./app-error";

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
    /** errors beyond those the route's inputs and access imply (a 409, a 429), for the OpenAPI document */
    errors?: readonly AppErrorCode[];
  }
}

// Who is calling: the accounts domain knows sessions and tokens; the composition root plugs it in.
export type PrincipalResolver = (request: FastifyRequest) => Promise<Principal | null>;

export function makeAuthHook(resolvePrincipal: PrincipalResolver) {
  return async function authenticate(request: FastifyRequest, _reply: FastifyReply) {
    const access = request.routeOptions.config.access ?? {};
    if (access.public) return;
    const principal = await resolvePrincipal(request);
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

export function requirePrincipal(request: FastifyRequest): Principal {
  if (!request.principal) throw new AppError("unauthorized", "Sign in to continue.");
  return request.principal;
}

export function requireUser(request: FastifyRequest): Extract<Principal, { kind: "user" }> {
  const principal = requirePrincipal(request);
  if (principal.kind !== "user") throw new AppError("forbidden", "This endpoint is for signed-in users.");
  return principal;
}
