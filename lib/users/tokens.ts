// A user's own personal API tokens as the API manages them: created (the value is shown once) and revoked,
// each audited. The tokens themselves (format, hashing, lookup) are lib/auth/api-tokens.ts's.
import "server-only";
import { recordChange } from "../audit/record";
import { createApiToken, revokeApiToken } from "../auth/api-tokens";
import type { Db } from "../db";
import { NotFoundError } from "../domain/errors";
import type { CreateTokenInput } from "../domain/inputs";
import type { ApiTokenSummary, CreatedApiToken, CurrentUser } from "../domain/user";

const target = (token: ApiTokenSummary) => ({ type: "api_token", id: token.id });

/** Makes a token for the user; one made by calling the API with a token (`parent`) expires no later than it. */
export async function createToken(
  db: Db,
  user: CurrentUser,
  input: CreateTokenInput,
  ip: string,
  parent: { id: string; expiresAt: Date } | null,
): Promise<CreatedApiToken> {
  const created = await createApiToken(db, user.id, { ...input, notAfter: parent?.expiresAt });
  const { summary } = created;
  await recordChange(db, { actor: user, ip }, "token.create", target(summary), {
    name: summary.name,
    prefix: summary.prefix,
    expiresAt: summary.expiresAt,
    ...(parent ? { madeWith: parent.id } : {}),
  });
  return created;
}

/** Revokes one of the user's own active tokens; another user's token, or a revoked one, is not found. */
export async function revokeToken(db: Db, user: CurrentUser, id: string, ip: string): Promise<ApiTokenSummary> {
  const revoked = await revokeApiToken(db, user.id, id);
  if (!revoked) throw new NotFoundError("The active token");
  await recordChange(db, { actor: user, ip }, "token.revoke", target(revoked), {
    name: revoked.name,
    prefix: revoked.prefix,
  });
  return revoked;
}
