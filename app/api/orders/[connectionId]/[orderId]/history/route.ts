// GET /api/orders/:connectionId/:orderId/history – this order's audit trail (actions taken in Orderdeck)
import { z } from "zod";
import { route } from "@/lib/api/handler";
import type { ApiResponse } from "@/lib/domain/api-routes";
import { orderHistory } from "@/lib/orders/order-history";

const params = z.object({
  connectionId: z.uuid({ error: "Not a connection id" }),
  orderId: z.string().min(1).max(200),
});

export const GET = route({ permission: "orders:read", params }, async ({ db, user, params }) => {
  const events = await orderHistory(db, user, params);
  return { events } satisfies ApiResponse<"GET /api/orders/:connectionId/:orderId/history">;
});
