// GET /api/bulk-jobs – the caller's recent bulk actions; POST /api/bulk-jobs – a dry run over selected orders
import { route } from "@/lib/api/handler";
import { bulkJobInput } from "@/lib/domain/bulk";
import { listBulkJobs, previewBulk } from "@/lib/orders/bulk";

export const GET = route({ permission: "orders:act" }, async ({ db, user }) => ({
  jobs: (await listBulkJobs(db, user)).map((job) => ({ id: job.id, label: job.label, state: job.state, createdAt: job.createdAt.toISOString() })),
}));

export const POST = route({ permission: "orders:act", body: bulkJobInput }, async ({ db, user, body }) =>
  Response.json({ job: await previewBulk(db, user, body) }, { status: 201 }),
);
