import { createHmac, timingSafeEqual } from "node:crypto";

// Lower-case base32: some mail systems fold the case of local parts, so the token must survive that.
const ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ID_BYTES = 16;
// 64 bits: forging one token takes ~2^63 delivered emails, yet the token stays 64 characters.
const MAC_BYTES = 8;
const TOKEN_BYTES = ID_BYTES * 2 + MAC_BYTES;
export const REPLY_TOKEN_LENGTH = Math.ceil((TOKEN_BYTES * 8) / 5);

export interface ReplyTokenClaims {
  orgId: string;
  caseId: string;
}

/** The token goes into our Reply-To (`reply+<token>@domain`) so an answer finds its case even without headers. */
export function createReplyToken({ orgId, caseId, secret }: ReplyTokenClaims & { secret: string }): string {
  if (!secret) throw new Error("reply token secret must not be empty");
  const ids = Buffer.concat([uuidToBytes(orgId), uuidToBytes(caseId)]);
  return encodeBase32(Buffer.concat([ids, sign(ids, secret)]));
}

/**
 * Returns the claims when the token was made with the secret, otherwise null. Several secrets may be
 * given (newest first) so the secret can be rotated without breaking replies to older mail.
 */
export function verifyReplyToken({
  token,
  secret,
}: {
  token: string;
  secret: string | string[];
}): ReplyTokenClaims | null {
  if (token.length !== REPLY_TOKEN_LENGTH) return null;
  const bytes = decodeBase32(token.toLowerCase());
  if (!bytes || bytes.length !== TOKEN_BYTES) return null;
  const ids = bytes.subarray(0, ID_BYTES * 2);
  const mac = bytes.subarray(ID_BYTES * 2);
  const secrets = (Array.isArray(secret) ? secret : [secret]).filter(Boolean);
  let valid = false;
  for (const candidate of secrets) {
    // No early exit: each secret costs the same whether it matches or not.
    if (timingSafeEqual(mac, sign(ids, candidate))) valid = true;
  }
  if (!valid) return null;
  return { orgId: bytesToUuid(ids.subarray(0, ID_BYTES)), caseId: bytesToUuid(ids.subarray(ID_BYTES)) };
}

function sign(ids: Buffer, secret: string): Buffer {
  return createHmac("sha256", secret)
    .update("mend-reply-token-v1")
    .update(ids)
    .digest()
    .subarray(0, MAC_BYTES);
}

function uuidToBytes(id: string): Buffer {
  if (!UUID.test(id)) throw new Error(`not a UUID: ${id}`);
  return Buffer.from(id.replace(/-/g, ""), "hex");
}

function bytesToUuid(bytes: Buffer): string {
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function encodeBase32(bytes: Buffer): string {
  let output = "";
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      output += ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) output += ALPHABET[(buffer << (5 - bits)) & 31];
  return output;
}

function decodeBase32(text: string): Buffer | null {
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of text) {
    const value = ALPHABET.indexOf(char);
    if (value === -1) return null;
    buffer = ((buffer << 5) | value) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((buffer >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  // Leftover bits must be zero padding, so every token has exactly one spelling.
  if ((buffer & ((1 << bits) - 1)) !== 0) return null;
  return Buffer.from(bytes);
}
