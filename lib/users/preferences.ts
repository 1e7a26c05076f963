// Per-user preferences (e.g. the order table's columns), remembered on the server so they follow the user.
import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "../db";
import { userPreferences } from "../db/schema";

export async function getPreference(db: Db, userId: string, key: string): Promise<unknown> {
  const [row] = await db
    .select({ value: userPreferences.value })
    .from(userPreferences)
    .where(and(eq(userPreferences.userId, userId), eq(userPreferences.key, key)))
    .limit(1);
  return row?.value ?? null;
}

export async function setPreference(db: Db, userId: string, key: string, value: unknown): Promise<void> {
  await db
    .insert(userPreferences)
    .values({ userId, key, value: value ?? null })
    .onConflictDoUpdate({
      target: [userPreferences.userId, userPreferences.key],
      set: { value: value ?? null, updatedAt: new Date() },
    });
}
