// The API's one error envelope, `{ error: { code, message, details? } }`: lib/api/errors.ts builds it for every
// failed request, lib/client/api.ts reads it. A schema rather than a bare type because the browser must check
// it: a failed request may also be answered by something that is not Orderdeck (a proxy's page, a gateway).
import { z } from "zod";

/** One bad field of a 422, e.g. `{ path: "body.email", message: "Enter a valid email address" }`. */
export const fieldIssue = z.object({ path: z.string(), message: z.string() });
export type FieldIssue = z.infer<typeof fieldIssue>;

/** 422s carry `issues`; a platform's failure carries what it said (e.g. `retryAfterSeconds`). */
export const apiErrorDetails = z.looseObject({ issues: z.array(fieldIssue).optional() });
export type ApiErrorDetails = z.infer<typeof apiErrorDetails>;

export const apiErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: apiErrorDetails.optional() }),
});
export type ApiErrorBody = z.infer<typeof apiErrorBody>;
