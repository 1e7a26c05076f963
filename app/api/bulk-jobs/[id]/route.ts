// GET /api/bulk-jobs/:id – one bulk action with each order's outcome (poll it for progress)
import { route } from "@/lib/api/handler";
import type { ApiResponse } from "@/lib/domain/api-routes";
import { uuidParam } from "@/lib/domain/inputs";
import { getBulkJob } from "@/lib/orders/bulk";

export const GET = route({ permission: "orders:act", params: uuidParam }, async ({ db, user, params }) => {
  const job = await getBulkJob(db, user, params.id);
  return { job } satisfies ApiResponse<"GET /api/bulk-jobs/:id">;
});
