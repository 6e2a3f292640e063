import type { FastifyRequest } from "fastify";
import { AppError } from "./app-error";
import { SESSION_COOKIE } from "./auth";

const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);

// A browser attaches the session cookie to a form or text/plain POST from any site (SameSite=Lax
// only stops some), so a cookie-carrying write must come from Mend's own origin: Origin when the
// browser sends it, Sec-Fetch-Site otherwise. Bearer tokens are never sent by a browser on its own.
export function makeCrossSiteWriteGuard(publicUrl: string) {
  const publicOrigin = new URL(publicUrl).origin;
  return async function refuseCrossSiteWrites(request: FastifyRequest) {
    if (!WRITES.has(request.method) || !request.cookies[SESSION_COOKIE]) return;
    if (/^Bearer\s/i.test(request.headers.authorization ?? "")) return;
    const origin = request.headers.origin;
    const site = request.headers["sec-fetch-site"];
    const sameOrigin =
      origin !== undefined
        ? origin === publicOrigin || origin === `${request.protocol}://${request.host}`
        : site === undefined || site === "same-origin" || site === "none";
    if (!sameOrigin) {
      throw new AppError("forbidden", "This request came from another site; open Mend itself to do this.");
    }
  };
}
