// POST /api/connections/:id/sync – "Sync now": the connection's recent orders are read at once;
// with {"full": true}, all of its orders are read again (a reconcile, on demand)
import { route } from "@/lib/api/handler";
import type { ApiResponse } from "@/lib/domain/api-routes";
import { syncRequest } from "@/lib/domain/connection";
import { uuidParam } from "@/lib/domain/inputs";
import { requestSync } from "@/lib/sync/request";

export const POST = route(
  { permission: "orders:read", params: uuidParam, body: syncRequest },
  async ({ db, params, body }) => {
    await requestSync(db, params.id, { full: body?.full ?? false });
    return Response.json({ requested: true } satisfies ApiResponse<"POST /api/connections/:id/sync">, { status: 202 });
  },
);
