// GET /api/orders/export – the current filter as CSV: every page, streamed as the client reads, up to 10,000 orders,
// the header row in the caller's language (their profile's, else their browser's: an API token's owner too)
import { route } from "@/lib/api/handler";
import { preferredLocale } from "@/lib/domain/locale";
import { orderListQuery } from "@/lib/domain/query";
import { EXPORT_LIMIT, exportCsv } from "@/lib/orders/export";
import { getUserLocale } from "@/lib/users/locale";

export const GET = route({ permission: "orders:export", query: orderListQuery }, async ({ db, query, req, user }) => {
  const locale = preferredLocale(await getUserLocale(db, user.id), req.headers.get("accept-language"));
  const stream = await exportCsv(db, query, { signal: req.signal, locale });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="orders-${day}.csv"`,
      "X-Export-Limit": String(EXPORT_LIMIT),
    },
  });
});
