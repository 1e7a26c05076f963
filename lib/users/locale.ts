// The interface language a user chose on their profile (null: follow the browser).
import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "../db";
import { users } from "../db/schema";
import { isLocale, type Locale } from "../domain/locale";

export async function getUserLocale(db: Db, userId: string): Promise<Locale | null> {
  const [row] = await db.select({ locale: users.locale }).from(users).where(eq(users.id, userId)).limit(1);
  return isLocale(row?.locale) ? row.locale : null;
}

export async function setUserLocale(db: Db, userId: string, locale: Locale | null): Promise<void> {
  await db.update(users).set({ locale, updatedAt: new Date() }).where(eq(users.id, userId));
}
