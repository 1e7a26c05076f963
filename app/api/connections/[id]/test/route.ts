// POST /api/connections/:id/test – log in, read one order, report ok/failed with latency (admin)
import { route } from "@/lib/api/handler";
import type { ApiResponse } from "@/lib/domain/api-routes";
import { uuidParam } from "@/lib/domain/inputs";
import { checkConnection } from "@/lib/orders/connection-check";

export const POST = route({ permission: "connections:manage", params: uuidParam }, async ({ db, user, params, ip }) => {
  const check = await checkConnection(db, user, params.id, ip);
  return { check } satisfies ApiResponse<"POST /api/connections/:id/test">;
});
