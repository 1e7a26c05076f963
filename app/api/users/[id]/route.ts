// PATCH /api/users/:id – rename, change role, deactivate or reactivate a user (admin)
import { route } from "@/lib/api/handler";
import type { ApiResponse } from "@/lib/domain/api-routes";
import { updateUserInput, uuidParam } from "@/lib/domain/inputs";
import { updateUser } from "@/lib/users/service";

export const PATCH = route(
  { permission: "users:manage", params: uuidParam, body: updateUserInput },
  async ({ db, user, params, body, ip }) => {
    const updated = await updateUser(db, user, params.id, body, ip);
    return { user: updated } satisfies ApiResponse<"PATCH /api/users/:id">;
  },
);
