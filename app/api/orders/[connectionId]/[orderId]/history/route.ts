// GET /api/orders/:connectionId/:orderId/history – this order's audit trail (actions taken in Orderdeck)
import { z } from "zod";
import { route } from "@/lib/api/handler";
import type { ApiResponse } from "@/lib/domain/api-routes";
import { listAuditEvents } from "@/lib/audit/query";

const params = z.object({
  connectionId: z.uuid({ error: "Not a connection id" }),
  orderId: z.string().min(1).max(200),
});

export const GET = route({ permission: "orders:read", params }, async ({ db, params }) => {
  const page = await listAuditEvents(db, {
    targetType: "order",
    targetId: `${params.connectionId}/${params.orderId}`,
    limit: 100,
  });
  return { events: page.events } satisfies ApiResponse<"GET /api/orders/:connectionId/:orderId/history">;
});
