// GET /api/tokens – the caller's API tokens; POST /api/tokens – create one (its value is returned once)
import { route } from "@/lib/api/handler";
import { listApiTokens } from "@/lib/auth/api-tokens";
import { createTokenInput } from "@/lib/domain/inputs";
import { createToken } from "@/lib/users/tokens";

export const GET = route({ permission: "signed-in" }, async ({ db, user }) => ({ tokens: await listApiTokens(db, user.id) }));

export const POST = route({ permission: "signed-in", body: createTokenInput }, async ({ db, user, body, ip }) =>
  Response.json(await createToken(db, user, body, ip), { status: 201 }),
);
