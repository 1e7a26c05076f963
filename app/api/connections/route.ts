// GET /api/connections – connections (admins: with base URL, options, masked credentials; others: name, health
// and how the order index keeps up with each)
// POST /api/connections – add a connection (admin)
import { route } from "@/lib/api/handler";
import type { ApiResponse } from "@/lib/domain/api-routes";
import { connectionInput } from "@/lib/domain/connection";
import { can } from "@/lib/domain/user";
import { listConnectionRows } from "@/lib/orders/connection-rows";
import { toDetail, toSummary } from "@/lib/orders/connection-views";
import { createConnection } from "@/lib/orders/connections";
import { syncInfo } from "@/lib/orders/sync-info";

export const GET = route({ permission: "connections:read" }, async ({ db, user }) => {
  const rows = await listConnectionRows(db);
  const { sync } = await syncInfo(db);
  const toItem = can(user.role, "connections:manage") ? toDetail : toSummary;
  const connections = rows.map((row) => ({ ...toItem(row), sync: sync.find((s) => s.connectionId === row.id) }));
  return { connections } satisfies ApiResponse<"GET /api/connections">;
});

export const POST = route(
  { permission: "connections:manage", body: connectionInput },
  async ({ db, user, body, ip }) => {
    const connection = await createConnection(db, user, body, ip);
    return Response.json({ connection } satisfies ApiResponse<"POST /api/connections">, { status: 201 });
  },
);
