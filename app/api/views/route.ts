// GET /api/views – the caller's saved views and the shared ones; POST /api/views – save the current view
import { route } from "@/lib/api/handler";
import type { ApiResponse } from "@/lib/domain/api-routes";
import { savedViewInput } from "@/lib/domain/views";
import { createView, listViews } from "@/lib/users/views";

export const GET = route({ permission: "orders:read" }, async ({ db, user }) => {
  const views = await listViews(db, user);
  return { views } satisfies ApiResponse<"GET /api/views">;
});

export const POST = route({ permission: "orders:read", body: savedViewInput }, async ({ db, user, body }) => {
  const view = await createView(db, user, body);
  return Response.json({ view } satisfies ApiResponse<"POST /api/views">, { status: 201 });
});
