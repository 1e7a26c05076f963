// GET /api/orders/counts – how many orders the list's filters find, in all, per stage and per connection
import { route } from "@/lib/api/handler";
import { orderListQuery } from "@/lib/domain/query";
import { countIndexedOrders } from "@/lib/orders/index-counts";

export const GET = route({ permission: "orders:read", query: orderListQuery }, async ({ db, query }) =>
  Response.json(await countIndexedOrders(db, query)),
);
