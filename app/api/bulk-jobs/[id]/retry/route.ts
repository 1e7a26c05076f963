// POST /api/bulk-jobs/:id/retry – run the job's failed orders again
import { route } from "@/lib/api/handler";
import { uuidParam } from "@/lib/domain/inputs";
import { startBulkJob } from "@/lib/orders/bulk";

export const POST = route({ permission: "orders:act", params: uuidParam }, async ({ db, user, params, ip }) =>
  Response.json({ job: await startBulkJob(db, user, params.id, ip, true) }, { status: 202 }),
);
