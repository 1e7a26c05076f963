// GET /api/me – the caller as Orderdeck sees them (handy to check an API token)
import { route } from "@/lib/api/handler";
import type { ApiResponse } from "@/lib/domain/api-routes";

export const GET = route({ permission: "signed-in" }, async ({ user, via }) => {
  return { user, via } satisfies ApiResponse<"GET /api/me">;
});
