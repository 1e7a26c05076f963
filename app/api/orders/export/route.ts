// GET /api/orders/export – the current filter as CSV: every page, streamed as the client reads, up to 10,000 orders
import { route } from "@/lib/api/handler";
import { orderListQuery } from "@/lib/domain/query";
import { EXPORT_LIMIT, exportCsv } from "@/lib/orders/export";

export const GET = route({ permission: "orders:export", query: orderListQuery }, async ({ db, query, req }) => {
  const stream = await exportCsv(db, query, req.signal);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="orders-${day}.csv"`,
      "X-Export-Limit": String(EXPORT_LIMIT),
    },
  });
});
