// GET /api/tokens – the caller's API tokens; POST /api/tokens – create one (its value is returned once)
import { route } from "@/lib/api/handler";
import type { ApiResponse } from "@/lib/domain/api-routes";
import { listApiTokens } from "@/lib/auth/api-tokens";
import { createTokenInput } from "@/lib/domain/inputs";
import { createToken } from "@/lib/users/tokens";

export const GET = route({ permission: "signed-in" }, async ({ db, user }) => {
  const tokens = await listApiTokens(db, user.id);
  return { tokens } satisfies ApiResponse<"GET /api/tokens">;
});

export const POST = route(
  { permission: "signed-in", body: createTokenInput },
  async ({ db, user, body, ip, token }) => {
    const created = await createToken(db, user, body, ip, token);
    return Response.json(created satisfies ApiResponse<"POST /api/tokens">, { status: 201 });
  },
);
