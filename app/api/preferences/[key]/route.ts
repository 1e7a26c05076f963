// GET /api/preferences/:key – one of the caller's preferences; PUT – remember it
import { route } from "@/lib/api/handler";
import type { ApiResponse } from "@/lib/domain/api-routes";
import { preferenceBody, preferenceParams } from "@/lib/domain/views";
import { getPreference, setPreference } from "@/lib/users/preferences";

export const GET = route({ permission: "signed-in", params: preferenceParams }, async ({ db, user, params }) => {
  const value = await getPreference(db, user.id, params.key);
  return { value } satisfies ApiResponse<"GET /api/preferences/:key">;
});

export const PUT = route(
  { permission: "signed-in", params: preferenceParams, body: preferenceBody },
  async ({ db, user, params, body }) => {
    await setPreference(db, user.id, params.key, body.value);
    return { value: body.value ?? null } satisfies ApiResponse<"PUT /api/preferences/:key">;
  },
);
