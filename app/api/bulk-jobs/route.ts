// GET /api/bulk-jobs – the caller's recent bulk actions; POST /api/bulk-jobs – a dry run over selected orders
import { route } from "@/lib/api/handler";
import type { ApiResponse } from "@/lib/domain/api-routes";
import { bulkJobInput } from "@/lib/domain/bulk";
import { listBulkJobs, previewBulk } from "@/lib/orders/bulk";
import { toJobSummary } from "@/lib/orders/bulk-view";

export const GET = route({ permission: "orders:act" }, async ({ db, user }) => {
  const jobs = (await listBulkJobs(db, user)).map(toJobSummary);
  return { jobs } satisfies ApiResponse<"GET /api/bulk-jobs">;
});

export const POST = route({ permission: "orders:act", body: bulkJobInput }, async ({ db, user, body }) => {
  const job = await previewBulk(db, user, body);
  return Response.json({ job } satisfies ApiResponse<"POST /api/bulk-jobs">, { status: 201 });
});
