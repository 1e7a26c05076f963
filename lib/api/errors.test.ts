// The one place errors become HTTP: the services' domain errors answer with the statuses, codes and bodies the
// API always gave (byte for byte; field issues now also name their code, a conflict the values in its sentence),
// and an action's failure kept with its Idempotency-Key is answered on a replay exactly as the first time.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "../domain/errors";
import { actionOutcomeCodec } from "../orders/action-outcome";
import { PlatformError } from "../platforms/errors";
import { errorResponse, validationError } from "./errors";

async function answer(error: unknown) {
  const response = errorResponse(error);
  return { status: response.status, body: await response.text(), retryAfter: response.headers.get("retry-after") };
}

describe("domain errors as HTTP", () => {
  it.each([
    [
      new NotFoundError("The connection"),
      404,
      '{"error":{"code":"not_found","message":"The connection was not found."}}',
    ],
    [
      new ConflictError('A connection named "Shop" already exists.'),
      409,
      '{"error":{"code":"conflict","message":"A connection named \\"Shop\\" already exists."}}',
    ],
    [
      new ConflictError("This bulk action is already running.", "in_progress"),
      409,
      '{"error":{"code":"in_progress","message":"This bulk action is already running."}}',
    ],
    [
      new ForbiddenError("Only an admin can share a view with everyone."),
      403,
      '{"error":{"code":"forbidden","message":"Only an admin can share a view with everyone."}}',
    ],
    [
      InvalidInputError.of([{ path: "query.cursor", message: "not a cursor from this list" }]),
      422,
      '{"error":{"code":"invalid_input","message":"query.cursor: not a cursor from this list",' +
        '"details":{"issues":[{"path":"query.cursor","message":"not a cursor from this list","code":"cursorInvalid"}]}}}',
    ],
    [
      new ConflictError('A connection named "Shop" already exists.', "connection_name_taken", { name: "Shop" }),
      409,
      '{"error":{"code":"connection_name_taken","message":"A connection named \\"Shop\\" already exists.",' +
        '"details":{"name":"Shop"}}}',
    ],
    [
      new InvalidInputError(
        "This Idempotency-Key was already used for a different request.",
        [],
        "idempotency_key_reused",
      ),
      422,
      '{"error":{"code":"idempotency_key_reused","message":"This Idempotency-Key was already used for a different request."}}',
    ],
  ])("%s", async (error, status, body) => {
    expect(await answer(error)).toEqual({ status, body, retryAfter: null });
  });

  it("a zod error is a 422 naming each field under where it came from, with the code of each issue", async () => {
    const parsed = z
      .object({ email: z.email({ error: "Enter an email" }), name: z.string() })
      .safeParse({ email: "x" });
    if (parsed.success) throw new Error("expected a failure");
    expect(await answer(validationError(parsed.error, "body"))).toMatchObject({
      status: 422,
      body:
        '{"error":{"code":"invalid_input","message":"body.email: Enter an email","details":{"issues":' +
        '[{"path":"body.email","message":"Enter an email","code":"invalidEmail"},' +
        '{"path":"body.name","message":"Invalid input: expected string, received undefined","code":"invalidValue"}]}}}',
    });
  });
});

describe("an action's kept failure", () => {
  it("is answered on a replay as it was the first time, Retry-After included", async () => {
    const error = new PlatformError("rate_limited", "Too many requests", { status: 429, retryAfterSeconds: 3 });
    const kept = JSON.parse(JSON.stringify(actionOutcomeCodec.keep({ ok: false, error })));
    const replayed = actionOutcomeCodec.revive(kept);
    if (replayed.ok) throw new Error("expected the failure back");
    expect(replayed.error).toBeInstanceOf(PlatformError);
    expect(await answer(replayed.error)).toEqual(await answer(error));
  });

  it("an answer it cannot read is refused, never taken for a success", async () => {
    const legacy = { order: null, actions: [], notice: "accepted" };
    expect(() => actionOutcomeCodec.revive(legacy)).toThrow(ConflictError);
  });
});
