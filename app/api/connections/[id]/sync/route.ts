// POST /api/connections/:id/sync – "Sync now": the connection's recent orders are read at once;
// with {"full": true}, all of its orders are read again (a reconcile, on demand)
import { z } from "zod";
import { route } from "@/lib/api/handler";
import { requestSync } from "@/lib/sync/request";

const params = z.object({ id: z.uuid({ error: "Not a connection id" }) });
const body = z.object({ full: z.boolean().optional() }).optional();

export const POST = route({ permission: "orders:read", params, body }, async ({ db, params, body }) => {
  await requestSync(db, params.id, { full: body?.full ?? false });
  return Response.json({ requested: true }, { status: 202 });
});
