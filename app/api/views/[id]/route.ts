// PATCH /api/views/:id – rename, update or (admin) share a view; DELETE /api/views/:id – remove it
import { route } from "@/lib/api/handler";
import type { ApiResponse } from "@/lib/domain/api-routes";
import { uuidParam } from "@/lib/domain/inputs";
import { savedViewPatch } from "@/lib/domain/views";
import { deleteView, updateView } from "@/lib/users/views";

export const PATCH = route(
  { permission: "orders:read", params: uuidParam, body: savedViewPatch },
  async ({ db, user, params, body }) => {
    const view = await updateView(db, user, params.id, body);
    return { view } satisfies ApiResponse<"PATCH /api/views/:id">;
  },
);

export const DELETE = route({ permission: "orders:read", params: uuidParam }, async ({ db, user, params }) => {
  await deleteView(db, user, params.id);
  return { ok: true } satisfies ApiResponse<"DELETE /api/views/:id">;
});
