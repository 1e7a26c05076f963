// GET /api/bulk-jobs/:id – one bulk action with each order's outcome (poll it for progress)
import { route } from "@/lib/api/handler";
import { uuidParam } from "@/lib/domain/inputs";
import { getBulkJob } from "@/lib/orders/bulk";

export const GET = route({ permission: "orders:act", params: uuidParam }, async ({ db, user, params }) => ({
  job: await getBulkJob(db, user, params.id),
}));
