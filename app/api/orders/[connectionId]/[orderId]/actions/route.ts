// POST /api/orders/:connectionId/:orderId/actions – perform one action (needs an Idempotency-Key header)
import { z } from "zod";
import { errorResponse } from "@/lib/api/errors";
import { route } from "@/lib/api/handler";
import { actionInput } from "@/lib/domain/action";
import type { ApiResponse } from "@/lib/domain/api-routes";
import { InvalidInputError } from "@/lib/domain/errors";
import { performAction } from "@/lib/orders/actions";

const params = z.object({
  connectionId: z.uuid({ error: "Not a connection id" }),
  orderId: z.string().min(1).max(200),
});
const idempotencyKey = z
  .string()
  .trim()
  .min(8)
  .max(200)
  .regex(/^[\w.:-]+$/);

export const POST = route(
  { permission: "orders:act", params, body: actionInput },
  async ({ db, user, params, body, req, ip }) => {
    const key = idempotencyKey.safeParse(req.headers.get("idempotency-key") ?? "");
    if (!key.success) {
      throw new InvalidInputError(
        "headers.idempotency-key: send a unique Idempotency-Key (8–200 characters) with every action",
        [{ path: "headers.idempotency-key", message: "required, 8–200 characters of letters, digits, . _ : -" }],
      );
    }
    const outcome = await performAction(
      db,
      user,
      { connectionId: params.connectionId, orderId: params.orderId, input: body, idempotencyKey: key.data },
      ip,
    );
    // The platform's refusal is the answer (a failure returned, not thrown: its key keeps it), replayed or not.
    const response = outcome.ok
      ? Response.json(outcome.result satisfies ApiResponse<"POST /api/orders/:connectionId/:orderId/actions">)
      : errorResponse(outcome.error);
    if (outcome.replayed) response.headers.set("Idempotent-Replayed", "true");
    return response;
  },
);
