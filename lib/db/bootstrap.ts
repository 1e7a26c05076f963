// First start: an empty database gets an admin (from ADMIN_EMAIL / ADMIN_PASSWORD, or a generated
// password printed once). In demo mode, one user per role with the published demo passwords.
import "server-only";
import { sql } from "drizzle-orm";
import { generatePassword, hashPassword } from "../auth/password";
import { createDemoConnections } from "../demo/connections";
import { DEMO_USERS } from "../demo/users";
import type { Role } from "../domain/user";
import { env } from "../env";
import type { Db } from "./client";
import { users } from "./schema";

async function insertUser(db: Db, user: { email: string; name: string; role: Role; password: string }) {
  await db
    .insert(users)
    .values({
      email: user.email.toLowerCase(),
      name: user.name,
      role: user.role,
      passwordHash: await hashPassword(user.password),
    })
    .onConflictDoNothing({ target: users.email });
}

export async function bootstrap(db: Db): Promise<void> {
  const [{ count = 0 } = {}] = await db.select({ count: sql<number>`count(*)::int` }).from(users);
  if (count > 0) return;
  const { DEMO } = env();
  await createFirstUsers(db);
  // Only on a fresh database: connections an admin later removes stay removed.
  if (DEMO) await createDemoConnections(db);
}

async function createFirstUsers(db: Db): Promise<void> {
  const { ADMIN_EMAIL, ADMIN_PASSWORD, DEMO } = env();
  if (DEMO) {
    for (const user of DEMO_USERS) await insertUser(db, user);
  }
  const email = ADMIN_EMAIL ?? "admin@orderdeck.local";
  if (DEMO && !ADMIN_EMAIL) return; // the demo admin is the first admin
  const password = ADMIN_PASSWORD ?? generatePassword();
  await insertUser(db, { email, name: "Administrator", role: "admin", password });
  if (!ADMIN_PASSWORD) {
    console.log(
      `\n  Orderdeck: created the first admin.\n    Email:    ${email}\n    Password: ${password}\n  (shown once; set ADMIN_EMAIL and ADMIN_PASSWORD to choose them)\n`,
    );
  }
}
