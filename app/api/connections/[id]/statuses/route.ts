// GET /api/connections/:id/statuses – the platform's own statuses for this connection (for the status filter)
import { route } from "@/lib/api/handler";
import type { ApiResponse } from "@/lib/domain/api-routes";
import { uuidParam } from "@/lib/domain/inputs";
import { getConnectionRow } from "@/lib/orders/connection-rows";
import { toConnection } from "@/lib/orders/connection-secrets";
import { contextFor } from "@/lib/orders/upstream";
import { getAdapter } from "@/lib/platforms/registry";

export const GET = route({ permission: "orders:read", params: uuidParam }, async ({ db, params, req }) => {
  const conn = toConnection(await getConnectionRow(db, params.id));
  const statuses = await getAdapter(conn.platform).statuses(conn, contextFor(conn, req.signal));
  return { statuses } satisfies ApiResponse<"GET /api/connections/:id/statuses">;
});
