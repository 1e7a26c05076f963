// GET /api/connections – connections (admins: with base URL, options, masked credentials; others: name and health)
// POST /api/connections – add a connection (admin)
import { route } from "@/lib/api/handler";
import { connectionInput } from "@/lib/domain/connection";
import { can } from "@/lib/domain/user";
import { createConnection, listConnectionRows, toDetail, toSummary } from "@/lib/orders/connections";

export const GET = route({ permission: "connections:read" }, async ({ db, user }) => {
  const rows = await listConnectionRows(db);
  return { connections: rows.map(can(user.role, "connections:manage") ? toDetail : toSummary) };
});

export const POST = route({ permission: "connections:manage", body: connectionInput }, async ({ db, user, body, ip }) =>
  Response.json({ connection: await createConnection(db, user, body, ip) }, { status: 201 }),
);
