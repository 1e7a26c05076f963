// Personal API tokens: `od_` + 32 random bytes, shown once, stored as a SHA-256 hash. Every token expires, at
// most MAX_TOKEN_DAYS after it is made; one made by calling the API with another token expires no later than
// that token (revoking the older one does not revoke it: each token is listed and revoked on its own).
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "../db";
import { apiTokens, users } from "../db/schema";
import { DEFAULT_TOKEN_DAYS, MAX_TOKEN_DAYS } from "../domain/inputs";
import type { ApiTokenSummary } from "../domain/user";

export const TOKEN_PREFIX = "od_";

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

function summarize(row: typeof apiTokens.$inferSelect): ApiTokenSummary {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

export async function createApiToken(
  db: Db,
  userId: string,
  input: {
    name: string;
    expiresInDays?: number;
    /** The expiry of the token making this one, which it may not outlive. */
    notAfter?: Date;
  },
): Promise<{ token: string; summary: ApiTokenSummary }> {
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  const days = Math.min(input.expiresInDays ?? DEFAULT_TOKEN_DAYS, MAX_TOKEN_DAYS);
  const requested = Date.now() + days * 86_400_000;
  const expiresAt = new Date(input.notAfter ? Math.min(requested, input.notAfter.getTime()) : requested);
  const [row] = await db
    .insert(apiTokens)
    .values({ userId, name: input.name, tokenHash: hashToken(token), prefix: token.slice(0, 10), expiresAt })
    .returning();
  return { token, summary: summarize(row!) };
}

export async function listApiTokens(db: Db, userId: string): Promise<ApiTokenSummary[]> {
  const rows = await db.select().from(apiTokens).where(eq(apiTokens.userId, userId)).orderBy(desc(apiTokens.createdAt));
  return rows.map(summarize);
}

/** Revokes one of the user's own tokens; returns it, or null if there is no such active token. */
export async function revokeApiToken(db: Db, userId: string, tokenId: string): Promise<ApiTokenSummary | null> {
  const [row] = await db
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning();
  return row ? summarize(row) : null;
}

export interface ActiveToken {
  owner: typeof users.$inferSelect;
  token: { id: string; expiresAt: Date };
}

/** The active token and its owner (one query), or null for an unknown, revoked or expired token. Touches last_used_at. */
export async function findActiveToken(db: Db, token: string): Promise<ActiveToken | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const [found] = await db
    .select({ token: apiTokens, owner: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.tokenHash, hashToken(token)))
    .limit(1);
  if (!found) return null;
  const { token: row, owner } = found;
  if (row.revokedAt || row.expiresAt.getTime() <= Date.now()) return null;
  // At most one write a minute per token: scripts calling in a loop should not write on every request.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, row.id));
  }
  return { owner, token: { id: row.id, expiresAt: row.expiresAt } };
}
