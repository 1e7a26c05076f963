// GET /api/orders/export – the current filter as CSV: every page, streamed, up to 10,000 orders
import { route } from "@/lib/api/handler";
import { orderListQuery } from "@/lib/domain/query";
import { listConnectionRows } from "@/lib/orders/connections";
import { csvHeader, csvRow } from "@/lib/orders/csv";
import { listOrders } from "@/lib/orders/service";

const EXPORT_LIMIT = 10_000;

export const GET = route({ permission: "orders:export", query: orderListQuery }, async ({ db, query, req }) => {
  const names = new Map((await listConnectionRows(db)).map((row) => [row.id, row.name]));
  // The first page is read before answering, so a bad filter or sort is still a proper JSON error.
  let page = await listOrders(db, { ...query, limit: 100 }, { signal: req.signal });
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(encoder.encode(csvHeader()));
      let written = 0;
      try {
        for (;;) {
          for (const order of page.orders.slice(0, EXPORT_LIMIT - written)) {
            controller.enqueue(encoder.encode(csvRow(order, names.get(order.connectionId) ?? "")));
            written++;
          }
          if (!page.nextCursor || written >= EXPORT_LIMIT || req.signal.aborted) break;
          page = await listOrders(db, { ...query, limit: 100, cursor: page.nextCursor }, { signal: req.signal });
        }
        controller.close();
      } catch (error) {
        // Headers are gone already: end the stream with an error so the download is visibly incomplete.
        controller.error(error);
      }
    },
  });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="orders-${day}.csv"`,
      "X-Export-Limit": String(EXPORT_LIMIT),
    },
  });
});
