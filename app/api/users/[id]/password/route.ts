// POST /api/users/:id/password – reset a user's password to a temporary one they must change (admin)
import { route } from "@/lib/api/handler";
import type { ApiResponse } from "@/lib/domain/api-routes";
import { resetPasswordInput, uuidParam } from "@/lib/domain/inputs";
import { resetPassword } from "@/lib/users/passwords";

export const POST = route(
  { permission: "users:manage", params: uuidParam, body: resetPasswordInput },
  async ({ db, user, params, body, ip }) => {
    const reset = await resetPassword(db, user, params.id, body, ip);
    return reset satisfies ApiResponse<"POST /api/users/:id/password">;
  },
);
