// PUT /api/me/locale – the caller's own interface language (null: follow the browser's Accept-Language)
import { route } from "@/lib/api/handler";
import type { ApiResponse } from "@/lib/domain/api-routes";
import { localeInput } from "@/lib/domain/locale";
import { setUserLocale } from "@/lib/users/locale";

export const PUT = route({ permission: "signed-in", body: localeInput }, async ({ db, user, body }) => {
  await setUserLocale(db, user.id, body.locale);
  return { locale: body.locale } satisfies ApiResponse<"PUT /api/me/locale">;
});
