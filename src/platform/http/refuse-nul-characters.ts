import type { FastifyRequest } from "fastify";
import { AppError } from "./app-error";

// PostgreSQL cannot store U+0000 in text or jsonb, and no person types it: one check for every
// route's body, query and path, before validation, so no use case ever sees it.
export async function refuseNulCharacters(request: FastifyRequest) {
  const parts = [
    ["body", request.body],
    ["querystring", request.query],
    ["params", request.params],
  ] as const;
  for (const [part, value] of parts) {
    const path = findNul(value, []);
    if (!path) continue;
    const field = path.join(".");
    const named = part === "body" ? field || "body" : field ? `${part}.${field}` : part;
    throw AppError.forField(named, "must not contain the NUL character");
  }
}

function findNul(value: unknown, path: string[]): string[] | null {
  if (typeof value === "string") return value.includes("\u0000") ? path : null;
  if (Buffer.isBuffer(value) || value === null || typeof value !== "object") return null;
  for (const [key, item] of Object.entries(value)) {
    if (key.includes("\u0000")) return [...path, key.replaceAll("\u0000", "\\0")];
    const found = findNul(item, [...path, key]);
    if (found) return found;
  }
  return null;
}
