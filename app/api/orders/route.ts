// GET /api/orders – one page of orders across the selected connections, from the order index (lib/sync keeps
// it in step with the platforms; each connection's freshness rides along in `sync`). The body is an OrderListPage.
// Identical requests within a second share one read; `Cache-Control: no-cache` reads afresh.
import { route } from "@/lib/api/handler";
import type { ApiResponse, JsonText } from "@/lib/domain/api-routes";
import { orderListQuery } from "@/lib/domain/query";
import { listIndexedOrdersJson } from "@/lib/orders/index-list";

export const GET = route({ permission: "orders:read", query: orderListQuery }, async ({ db, query, req }) => {
  const started = performance.now();
  const body = await listIndexedOrdersJson(db, query, /\bno-cache\b/i.test(req.headers.get("cache-control") ?? ""));
  const headers = {
    "content-type": "application/json",
    "server-timing": `total;dur=${(performance.now() - started).toFixed(1)}`,
  };
  return new Response(body satisfies JsonText<ApiResponse<"GET /api/orders">>, { headers });
});
