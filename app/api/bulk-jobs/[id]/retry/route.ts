// POST /api/bulk-jobs/:id/retry – run the job's failed orders again
import { route } from "@/lib/api/handler";
import type { ApiResponse } from "@/lib/domain/api-routes";
import { uuidParam } from "@/lib/domain/inputs";
import { startBulkJob } from "@/lib/orders/bulk";

export const POST = route({ permission: "orders:act", params: uuidParam }, async ({ db, user, params, ip }) => {
  const job = await startBulkJob(db, user, params.id, ip, true);
  return Response.json({ job } satisfies ApiResponse<"POST /api/bulk-jobs/:id/retry">, { status: 202 });
});
