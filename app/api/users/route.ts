// GET /api/users – list users; POST /api/users – create one (admin)
import { route } from "@/lib/api/handler";
import { createUserInput } from "@/lib/domain/inputs";
import { createUser, listUsers } from "@/lib/users/service";

export const GET = route({ permission: "users:manage" }, async ({ db }) => ({ users: await listUsers(db) }));

export const POST = route({ permission: "users:manage", body: createUserInput }, async ({ db, user, body, ip }) =>
  Response.json({ user: await createUser(db, user, body, ip) }, { status: 201 }),
);
