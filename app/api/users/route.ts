// GET /api/users – list users; POST /api/users – create one (admin)
import { route } from "@/lib/api/handler";
import type { ApiResponse } from "@/lib/domain/api-routes";
import { createUserInput } from "@/lib/domain/inputs";
import { createUser, listUsers } from "@/lib/users/service";

export const GET = route({ permission: "users:manage" }, async ({ db }) => {
  const users = await listUsers(db);
  return { users } satisfies ApiResponse<"GET /api/users">;
});

export const POST = route({ permission: "users:manage", body: createUserInput }, async ({ db, user, body, ip }) => {
  const created = await createUser(db, user, body, ip);
  return Response.json({ user: created } satisfies ApiResponse<"POST /api/users">, { status: 201 });
});
