import type { Db } from "../platform/db/client";
import { hashSecretToken, newSecretToken } from "./secret-token";
import { apiTokens } from "./tables";

// The token is returned once and only its hash is kept.
export async function createApiToken(options: { db: Db; orgId: string; name: string }) {
  const token = newSecretToken("mend");
  const [row] = await options.db
    .insert(apiTokens)
    .values({
      orgId: options.orgId,
      name: options.name,
      prefix: token.slice(0, 9),
      tokenHash: hashSecretToken(token),
    })
    .returning({ id: apiTokens.id, name: apiTokens.name, prefix: apiTokens.prefix });
  return { ...row!, token };
}
