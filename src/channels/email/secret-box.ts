import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

const VERSION = "v1";

// Each purpose gets its own key, so a leak of one derived key exposes nothing else.
export function deriveKey(options: { secretKey: string; purpose: string }): Buffer {
  return Buffer.from(hkdfSync("sha256", options.secretKey, "mend", options.purpose, 32));
}

// Mailbox passwords at rest: AES-256-GCM, random 96-bit nonce, authenticated.
export function sealSecret(options: { secretKey: string; plaintext: string }): string {
  const key = deriveKey({ secretKey: options.secretKey, purpose: "channel-secrets" });
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(options.plaintext, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), body]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

export function openSecret(options: { secretKey: string; sealed: string }): string {
  const [version, iv, tag, body] = options.sealed.split(".");
  if (version !== VERSION || !iv || !tag || body === undefined) throw new Error("unreadable sealed secret");
  const key = deriveKey({ secretKey: options.secretKey, purpose: "channel-secrets" });
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
}

export function replyTokenSecret(secretKey: string): string {
  return deriveKey({ secretKey, purpose: "email-reply-token" }).toString("hex");
}
