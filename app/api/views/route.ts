// GET /api/views – the caller's saved views and the shared ones; POST /api/views – save the current view
import { route } from "@/lib/api/handler";
import { savedViewInput } from "@/lib/domain/views";
import { createView, listViews } from "@/lib/users/views";

export const GET = route({ permission: "orders:read" }, async ({ db, user }) => ({ views: await listViews(db, user) }));

export const POST = route({ permission: "orders:read", body: savedViewInput }, async ({ db, user, body }) =>
  Response.json({ view: await createView(db, user, body) }, { status: 201 }),
);
