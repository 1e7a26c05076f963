// Personal API tokens: `od_` + 32 random bytes, shown once, stored as a SHA-256 hash.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "../db";
import { apiTokens, users } from "../db/schema";
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
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

export async function createApiToken(
  db: Db,
  userId: string,
  input: { name: string; expiresInDays?: number | null },
): Promise<{ token: string; summary: ApiTokenSummary }> {
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null;
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

/** The active token's owner (one query), or null for an unknown, revoked or expired token. Touches last_used_at. */
export async function resolveApiToken(db: Db, token: string): Promise<typeof users.$inferSelect | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const [found] = await db
    .select({ token: apiTokens, owner: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.tokenHash, hashToken(token)))
    .limit(1);
  if (!found) return null;
  const { token: row, owner } = found;
  if (row.revokedAt || (row.expiresAt && row.expiresAt.getTime() <= Date.now())) return null;
  // At most one write a minute per token: scripts calling in a loop should not write on every request.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, row.id));
  }
  return owner;
}
