// DELETE /api/tokens/:id – revoke one of the caller's API tokens
import { notFound } from "@/lib/api/errors";
import { route } from "@/lib/api/handler";
import { recordAudit } from "@/lib/audit/record";
import { revokeApiToken } from "@/lib/auth/api-tokens";
import { uuidParam } from "@/lib/domain/inputs";

export const DELETE = route({ permission: "signed-in", params: uuidParam }, async ({ db, user, params, ip }) => {
  const summary = await revokeApiToken(db, user.id, params.id);
  if (!summary) throw notFound("The active token");
  await recordAudit(db, {
    actor: user,
    action: "token.revoke",
    target: { type: "api_token", id: summary.id },
    outcome: "success",
    ip,
    details: { name: summary.name, prefix: summary.prefix },
  });
  return { token: summary };
});
