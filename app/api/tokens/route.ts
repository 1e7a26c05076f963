// GET /api/tokens – the caller's API tokens; POST /api/tokens – create one (its value is returned once)
import { route } from "@/lib/api/handler";
import { recordAudit } from "@/lib/audit/record";
import { createApiToken, listApiTokens } from "@/lib/auth/api-tokens";
import { createTokenInput } from "@/lib/domain/inputs";

export const GET = route({ permission: "signed-in" }, async ({ db, user }) => ({ tokens: await listApiTokens(db, user.id) }));

export const POST = route({ permission: "signed-in", body: createTokenInput }, async ({ db, user, body, ip }) => {
  const { token, summary } = await createApiToken(db, user.id, body);
  await recordAudit(db, {
    actor: user,
    action: "token.create",
    target: { type: "api_token", id: summary.id },
    outcome: "success",
    ip,
    details: { name: summary.name, prefix: summary.prefix, expiresAt: summary.expiresAt },
  });
  return Response.json({ token, summary }, { status: 201 });
});
