// POST /api/connections/:id/sync – "Sync now": the connection's next sync turn reads its recent orders at once
import { z } from "zod";
import { route } from "@/lib/api/handler";
import { requestSync } from "@/lib/sync/request";

const params = z.object({ id: z.uuid({ error: "Not a connection id" }) });

export const POST = route({ permission: "orders:read", params }, async ({ db, params }) => {
  await requestSync(db, params.id);
  return Response.json({ requested: true }, { status: 202 });
});
