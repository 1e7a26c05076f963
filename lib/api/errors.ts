// One error model for the whole API: `{ error: { code, message, details? } }` with the matching status. The
// services throw domain errors (lib/domain/errors.ts) and platform errors; this file alone turns them into HTTP.
import type { z } from "zod";
import type { ApiErrorBody, ApiErrorDetails, FieldIssue } from "../domain/api-error";
import { DomainError, type DomainErrorKind, InvalidInputError, TooManyAttemptsError } from "../domain/errors";
import { fromZod, withCode } from "../domain/issues";
import { PlatformError, type PlatformErrorKind } from "../platforms/errors";
import { logError } from "../db/log-error";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: ApiErrorDetails,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export const unauthorized = (message = "Sign in, or send a valid API token.") =>
  new ApiError(401, "unauthorized", message);
export const forbidden = (message = "Your role does not allow this.") => new ApiError(403, "forbidden", message);

/**
 * A zod error as 422 with one entry per bad field, each with the code the interface translates it by, e.g.
 * `{ path: "body.email", message: "Enter a valid email address", code: "emailInvalid" }` (lib/domain/issues.ts).
 */
export function validationError(error: z.ZodError, where: "body" | "query" | "params"): InvalidInputError {
  return InvalidInputError.of(
    error.issues.map((issue) => fromZod(issue, [where, ...issue.path.map(String)].join("."))),
  );
}

const DOMAIN_STATUS: Record<DomainErrorKind, number> = {
  not_found: 404,
  conflict: 409,
  invalid_input: 422,
  forbidden: 403,
  rate_limited: 429,
};

/** A service's issues written as text get the code their text has (withCode); its values go along as details. */
function domainBody(error: DomainError): ApiErrorBody {
  const issues: FieldIssue[] | undefined =
    error instanceof InvalidInputError && error.issues.length > 0 ? error.issues.map(withCode) : undefined;
  const details = issues || error.details ? { ...error.details, ...(issues && { issues }) } : undefined;
  return { error: { code: error.code, message: error.message, details } };
}

/** An upstream failure keeps the platform's own message; the status says whose problem it is. */
const PLATFORM_STATUS: Record<PlatformErrorKind, number> = {
  auth: 502,
  not_found: 404,
  refused: 409,
  rate_limited: 429,
  timeout: 504,
  unavailable: 502,
  bad_response: 502,
  network: 502,
  unsupported: 422,
};

export function errorResponse(error: unknown): Response {
  if (error instanceof PlatformError) {
    const body: ApiErrorBody = {
      error: { code: `platform_${error.kind}`, message: error.message, details: { ...error.details } },
    };
    const headers: Record<string, string> = error.details.retryAfterSeconds
      ? { "Retry-After": String(error.details.retryAfterSeconds) }
      : {};
    return Response.json(body, { status: PLATFORM_STATUS[error.kind], headers });
  }
  if (error instanceof DomainError) {
    const headers: Record<string, string> =
      error instanceof TooManyAttemptsError ? { "Retry-After": String(error.retryAfterSeconds) } : {};
    return Response.json(domainBody(error), { status: DOMAIN_STATUS[error.kind], headers });
  }
  if (error instanceof ApiError) {
    const body: ApiErrorBody = { error: { code: error.code, message: error.message, details: error.details } };
    return Response.json(body, { status: error.status });
  }
  // The caller went away (a navigation cancelled its fetch): nobody reads this answer, nothing to log.
  const aborted = error instanceof Error && (error.name === "AbortError" || error.name === "ResponseAborted");
  // Unknown errors are logged for the operator and never shown raw: they may carry internals.
  if (!aborted) logError("Unhandled API error", error);
  const body: ApiErrorBody = { error: { code: "internal_error", message: "Something went wrong on our side." } };
  return Response.json(body, { status: 500 });
}
