// GET /api/orders – one page of orders across the selected connections, merged and filtered.
// `Cache-Control: no-cache` reads every platform afresh instead of sharing a page read within the last second.
import { route } from "@/lib/api/handler";
import { summarizeOrder } from "@/lib/domain/order";
import type { OrderListPage } from "@/lib/domain/order-list";
import { orderListQuery } from "@/lib/domain/query";
import { listOrders } from "@/lib/orders/service";
import { serverTiming } from "@/lib/orders/server-timing";

export const GET = route({ permission: "orders:read", query: orderListQuery }, async ({ db, query, req }) => {
  const started = performance.now();
  const { timings, orders, ...rest } = await listOrders(db, query, {
    signal: req.signal,
    fresh: /\bno-cache\b/i.test(req.headers.get("cache-control") ?? ""),
  });
  // The list sends summaries (the detail has lines, addresses and the raw payload): pages stay small.
  const body: OrderListPage = { orders: orders.map(summarizeOrder), ...rest };
  return Response.json(body, { headers: { "Server-Timing": serverTiming(timings, performance.now() - started) } });
});
