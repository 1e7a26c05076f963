// Loading the current user: the one place that decides whether a session or token still stands.
import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "../db";
import { users } from "../db/schema";
import type { CurrentUser } from "../domain/user";

export type UserRow = typeof users.$inferSelect;

export function toCurrentUser(row: UserRow): CurrentUser {
  return { id: row.id, email: row.email, name: row.name, role: row.role };
}

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.email, email.trim().toLowerCase())).limit(1);
  return row;
}
