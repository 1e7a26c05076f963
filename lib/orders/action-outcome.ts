// What performing an action comes to, as its Idempotency-Key keeps it: the order after the action, or the
// platform's refusal or failure. A kept failure is revived as the PlatformError it was, so a replay is answered
// exactly like the first attempt (lib/api turns either into HTTP).
import "server-only";
import { z } from "zod";
import type { ActionResult } from "../domain/action";
import { ConflictError } from "../domain/errors";
import { PLATFORM_ERROR_KINDS, PlatformError } from "../platforms/errors";
import type { AnswerCodec } from "./idempotency";

export type ActionOutcome = { ok: true; result: ActionResult } | { ok: false; error: PlatformError };

const kept = z.discriminatedUnion("ok", [
  // Written by `keep` below for this very key and request (the hash matched): the result is taken as it was kept.
  z.object({
    ok: z.literal(true),
    result: z.custom<ActionResult>((value) => typeof value === "object" && value !== null),
  }),
  z.object({
    ok: z.literal(false),
    error: z.object({
      kind: z.enum(PLATFORM_ERROR_KINDS),
      message: z.string(),
      details: z.object({
        status: z.number().optional(),
        retryAfterSeconds: z.number().optional(),
        platformCode: z.string().optional(),
      }),
    }),
  }),
]);

export const actionOutcomeCodec: AnswerCodec<ActionOutcome> = {
  keep: (outcome) =>
    outcome.ok
      ? outcome
      : {
          ok: false,
          error: { kind: outcome.error.kind, message: outcome.error.message, details: outcome.error.details },
        },
  revive(value) {
    const outcome = kept.safeParse(value);
    // Never guess at an answer we cannot read (e.g. one kept by an older release): the write may have gone out.
    if (!outcome.success) {
      throw new ConflictError(
        "This action already ran with this Idempotency-Key; check the order before trying again.",
        "already_run",
        { subject: "action" },
      );
    }
    if (outcome.data.ok) return outcome.data;
    const { kind, message, details } = outcome.data.error;
    return { ok: false, error: new PlatformError(kind, message, details) };
  },
};
