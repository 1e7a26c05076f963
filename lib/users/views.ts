// Saved order-list views: a user's own, plus those an admin shared with everyone.
import "server-only";
import { and, asc, eq, or } from "drizzle-orm";
import type { Db } from "../db";
import { savedViews, users } from "../db/schema";
import { ForbiddenError, NotFoundError } from "../domain/errors";
import { type CurrentUser, can } from "../domain/user";
import type { SavedView, SavedViewInput } from "../domain/views";

type Row = typeof savedViews.$inferSelect;

function toView(row: Row, ownerName: string, user: CurrentUser): SavedView {
  return {
    id: row.id,
    name: row.name,
    query: row.query,
    columns: row.columns ?? null,
    shared: row.shared,
    mine: row.userId === user.id,
    ownerName,
  };
}

function assertMayShare(user: CurrentUser, shared: boolean | undefined): void {
  if (shared && !can(user.role, "users:manage"))
    throw new ForbiddenError("Only an admin can share a view with everyone.", "share_forbidden");
}

export async function listViews(db: Db, user: CurrentUser): Promise<SavedView[]> {
  const rows = await db
    .select({ view: savedViews, ownerName: users.name })
    .from(savedViews)
    .innerJoin(users, eq(users.id, savedViews.userId))
    .where(or(eq(savedViews.userId, user.id), eq(savedViews.shared, true)))
    .orderBy(asc(savedViews.name));
  return rows.map((row) => toView(row.view, row.ownerName, user));
}

export async function createView(db: Db, user: CurrentUser, input: SavedViewInput): Promise<SavedView> {
  assertMayShare(user, input.shared);
  const [row] = await db
    .insert(savedViews)
    .values({
      userId: user.id,
      name: input.name,
      query: input.query,
      columns: input.columns ?? null,
      shared: input.shared ?? false,
    })
    .returning();
  return toView(row!, user.name, user);
}

async function ownView(db: Db, user: CurrentUser, id: string): Promise<Row> {
  const [row] = await db
    .select()
    .from(savedViews)
    .where(and(eq(savedViews.id, id)))
    .limit(1);
  // Someone else's view: a shared one may be changed by an admin only; a private one does not exist for others.
  if (!row || (row.userId !== user.id && !(row.shared && can(user.role, "users:manage"))))
    throw new NotFoundError("The view");
  return row;
}

export async function updateView(
  db: Db,
  user: CurrentUser,
  id: string,
  patch: Partial<SavedViewInput>,
): Promise<SavedView> {
  await ownView(db, user, id);
  assertMayShare(user, patch.shared);
  const [row] = await db
    .update(savedViews)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(savedViews.id, id))
    .returning();
  const [owner] = await db.select({ name: users.name }).from(users).where(eq(users.id, row!.userId));
  return toView(row!, owner?.name ?? "", user);
}

export async function deleteView(db: Db, user: CurrentUser, id: string): Promise<void> {
  await ownView(db, user, id);
  await db.delete(savedViews).where(eq(savedViews.id, id));
}
