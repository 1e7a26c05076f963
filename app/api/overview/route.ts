// GET /api/overview?range=today|7d|30d|custom&from=&to=&tz= – the overview's figures for a range of days in the
// caller's time zone, with the period before it, and what needs attention now (every role).
import { route } from "@/lib/api/handler";
import type { ApiResponse } from "@/lib/domain/api-routes";
import { overviewQuery } from "@/lib/domain/overview-query";
import { readOverview } from "@/lib/overview/overview";

export const GET = route({ permission: "orders:read", query: overviewQuery }, async ({ db, query }) => {
  const started = performance.now();
  const overview = await readOverview(db, query);
  return Response.json(overview satisfies ApiResponse<"GET /api/overview">, {
    headers: { "server-timing": `total;dur=${(performance.now() - started).toFixed(1)}` },
  });
});
