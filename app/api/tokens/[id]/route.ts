// DELETE /api/tokens/:id – revoke one of the caller's API tokens
import { route } from "@/lib/api/handler";
import type { ApiResponse } from "@/lib/domain/api-routes";
import { uuidParam } from "@/lib/domain/inputs";
import { revokeToken } from "@/lib/users/tokens";

export const DELETE = route({ permission: "signed-in", params: uuidParam }, async ({ db, user, params, ip }) => {
  const token = await revokeToken(db, user, params.id, ip);
  return { token } satisfies ApiResponse<"DELETE /api/tokens/:id">;
});
