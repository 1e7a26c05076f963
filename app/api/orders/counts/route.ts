// GET /api/orders/counts – how many orders the list's filters find, in all, per stage and per connection
// (identical requests within a second share one count; `Cache-Control: no-cache` counts afresh)
import { route } from "@/lib/api/handler";
import type { ApiResponse } from "@/lib/domain/api-routes";
import { orderListQuery } from "@/lib/domain/query";
import { countIndexedOrders } from "@/lib/orders/index-counts";

export const GET = route({ permission: "orders:read", query: orderListQuery }, async ({ db, query, req }) => {
  const started = performance.now();
  const counts = await countIndexedOrders(db, query, /\bno-cache\b/i.test(req.headers.get("cache-control") ?? ""));
  return Response.json(counts satisfies ApiResponse<"GET /api/orders/counts">, {
    headers: { "server-timing": `total;dur=${(performance.now() - started).toFixed(1)}` },
  });
});
