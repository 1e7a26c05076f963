// POST /api/me/password – change the caller's own password (asks for the current one; ends their other sessions)
import { route } from "@/lib/api/handler";
import { knownDevice } from "@/lib/auth/device-cookie";
import type { ApiResponse } from "@/lib/domain/api-routes";
import { ForbiddenError } from "@/lib/domain/errors";
import { changePasswordInput } from "@/lib/domain/inputs";
import { changeOwnPassword } from "@/lib/users/passwords";

export const POST = route(
  { permission: "signed-in", duringPasswordChange: true, body: changePasswordInput },
  async ({ req, db, user, sessionId, body, ip }) => {
    // An API token acts for scripts; it does not get to take over the account it belongs to.
    if (!sessionId)
      throw new ForbiddenError("Change your password from a signed-in browser session, not with an API token.");
    const device = knownDevice(req.headers, user.email);
    const changed = await changeOwnPassword(db, { user, sessionId, device }, body, ip);
    return changed satisfies ApiResponse<"POST /api/me/password">;
  },
);
