// GET /api/orders – one page of orders across the selected connections, from the order index (lib/sync keeps
// it in step with the platforms; each connection's freshness rides along in `sync`).
import { route } from "@/lib/api/handler";
import { orderListQuery } from "@/lib/domain/query";
import { listIndexedOrders } from "@/lib/orders/index-list";

export const GET = route({ permission: "orders:read", query: orderListQuery }, async ({ db, query }) => {
  const started = performance.now();
  const body = await listIndexedOrders(db, query);
  return Response.json(body, { headers: { "Server-Timing": `total;dur=${(performance.now() - started).toFixed(1)}` } });
});
