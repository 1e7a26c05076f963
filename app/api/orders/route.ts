// GET /api/orders – one page of orders across the selected connections, merged and filtered
import { route } from "@/lib/api/handler";
import { orderListQuery } from "@/lib/domain/query";
import { listOrders } from "@/lib/orders/service";
import { serverTiming } from "@/lib/orders/server-timing";

export const GET = route({ permission: "orders:read", query: orderListQuery }, async ({ db, query, req }) => {
  const started = performance.now();
  const { timings, orders, ...rest } = await listOrders(db, query, req.signal);
  // The list leaves out each order's raw payload (the detail page has it): pages stay small.
  const body = { orders: orders.map(({ raw: _raw, ...order }) => order), ...rest };
  return Response.json(body, { headers: { "Server-Timing": serverTiming(timings, performance.now() - started) } });
});
