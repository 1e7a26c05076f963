// Users as an admin manages them. Every change is audited, and the last active admin can be
// neither deactivated nor demoted (else nobody could manage Orderdeck any more).
import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { recordChange } from "../audit/record";
import { hashPassword } from "../auth/password";
import type { Db } from "../db";
import { users } from "../db/schema";
import { ConflictError, NotFoundError } from "../domain/errors";
import type { CreateUserInput, UpdateUserInput } from "../domain/inputs";
import type { CurrentUser, UserSummary } from "../domain/user";

export function summarizeUser(row: typeof users.$inferSelect): UserSummary {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    active: row.active,
    mustChangePassword: row.mustChangePassword,
    lastSignInAt: row.lastSignInAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listUsers(db: Db): Promise<UserSummary[]> {
  const rows = await db.select().from(users).orderBy(asc(users.name));
  return rows.map(summarizeUser);
}

export async function createUser(db: Db, actor: CurrentUser, input: CreateUserInput, ip: string): Promise<UserSummary> {
  const passwordHash = await hashPassword(input.password);
  const [row] = await db
    .insert(users)
    .values({ email: input.email, name: input.name, role: input.role, passwordHash })
    .onConflictDoNothing({ target: users.email })
    .returning();
  if (!row) {
    throw new ConflictError(`A user with the email ${input.email} already exists.`, "email_taken", {
      email: input.email,
    });
  }
  await recordChange(
    db,
    { actor, ip },
    "user.create",
    { type: "user", id: row.id },
    { email: row.email, name: row.name, role: row.role },
  );
  return summarizeUser(row);
}

export async function updateUser(
  db: Db,
  actor: CurrentUser,
  id: string,
  input: UpdateUserInput,
  ip: string,
): Promise<UserSummary> {
  const updated = await db.transaction(async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, id)).for("update").limit(1);
    if (!before) throw new NotFoundError("The user");
    const losesAdmin =
      before.role === "admin" && before.active && (input.active === false || (input.role && input.role !== "admin"));
    if (losesAdmin) {
      // Lock every active admin row so two admins cannot demote each other at the same moment.
      const admins = await tx
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.role, "admin"), eq(users.active, true)))
        .for("update");
      if (admins.length <= 1) {
        throw new ConflictError("This is the last active admin: make another user admin first.", "last_admin");
      }
    }
    // A new role or deactivation ends the user's open sessions at their next request.
    const endsSessions = (input.role !== undefined && input.role !== before.role) || input.active === false;
    const [after] = await tx
      .update(users)
      .set({
        ...input,
        updatedAt: new Date(),
        sessionVersion: endsSessions ? sql`${users.sessionVersion} + 1` : before.sessionVersion,
      })
      .where(eq(users.id, id))
      .returning();
    return { before, after: after! };
  });
  const changes = Object.fromEntries(
    (Object.keys(input) as (keyof UpdateUserInput)[]).map((key) => [
      key,
      { from: updated.before[key], to: updated.after[key] },
    ]),
  );
  await recordChange(db, { actor, ip }, "user.update", { type: "user", id }, { email: updated.after.email, changes });
  return summarizeUser(updated.after);
}
