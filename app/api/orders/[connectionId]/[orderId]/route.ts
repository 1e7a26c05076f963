// GET /api/orders/:connectionId/:orderId – one order, read live, with the actions its state allows
import { z } from "zod";
import { route } from "@/lib/api/handler";
import type { ApiResponse } from "@/lib/domain/api-routes";
import { can } from "@/lib/domain/user";
import { getOrderDetail } from "@/lib/orders/order-detail";

const params = z.object({
  connectionId: z.uuid({ error: "Not a connection id" }),
  orderId: z.string().min(1).max(200),
});

export const GET = route({ permission: "orders:read", params }, async ({ db, user, params, req }) => {
  const detail = await getOrderDetail(db, params.connectionId, params.orderId, req.signal);
  // Roles that may not act see no actions at all.
  return (
    can(user.role, "orders:act") ? detail : { ...detail, actions: [] }
  ) satisfies ApiResponse<"GET /api/orders/:connectionId/:orderId">;
});
