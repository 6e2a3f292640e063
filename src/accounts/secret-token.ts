import { createHash, randomBytes } from "node:crypto";

export function newSecretToken(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString("base64url")}`;
}

// Tokens carry 256 random bits, so a plain SHA-256 is enough to store them safely.
export function hashSecretToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
