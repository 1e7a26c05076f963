// GET /api/connections/:id – one connection (admins: detail with masked credentials; others: name and health)
// PATCH /api/connections/:id – edit it, keeping stored secrets unless new ones are sent (admin)
// DELETE /api/connections/:id – remove it (admin)
import { route } from "@/lib/api/handler";
import type { ApiResponse } from "@/lib/domain/api-routes";
import { connectionPatch } from "@/lib/domain/connection";
import { uuidParam } from "@/lib/domain/inputs";
import { can } from "@/lib/domain/user";
import { getConnectionRow } from "@/lib/orders/connection-rows";
import { toDetail, toSummary } from "@/lib/orders/connection-views";
import { deleteConnection, updateConnection } from "@/lib/orders/connections";

export const GET = route({ permission: "connections:read", params: uuidParam }, async ({ db, user, params }) => {
  const row = await getConnectionRow(db, params.id);
  const connection = can(user.role, "connections:manage") ? toDetail(row) : toSummary(row);
  return { connection } satisfies ApiResponse<"GET /api/connections/:id">;
});

export const PATCH = route(
  { permission: "connections:manage", params: uuidParam, body: connectionPatch },
  async ({ db, user, params, body, ip }) => {
    const connection = await updateConnection(db, user, params.id, body, ip);
    return { connection } satisfies ApiResponse<"PATCH /api/connections/:id">;
  },
);

export const DELETE = route(
  { permission: "connections:manage", params: uuidParam },
  async ({ db, user, params, ip }) => {
    await deleteConnection(db, user, params.id, ip);
    return { ok: true } satisfies ApiResponse<"DELETE /api/connections/:id">;
  },
);
