// The API's one error envelope, `{ error: { code, message, details? } }`: lib/api/errors.ts builds it for every
// failed request, lib/client/api.ts reads it. The browser must check it (a failed request may be answered by
// something that is not Orderdeck: a proxy's page, a gateway) and does so by hand, so every page does not ship a
// schema library for three fields.

/** The values in an issue's message, e.g. `{ max: 365 }` for "A token lives at most 365 days". */
export type IssueParams = Record<string, string | number>;

/**
 * One bad field of a 422, e.g. `{ path: "body.email", message: "Enter a valid email address", code:
 * "emailInvalid" }`. `message` is English for integrators; `code` (a key of the catalogues' `issues`, see
 * lib/domain/issues.ts) and its `params` let the interface say it in the user's language. An issue without a
 * code is shown as the server wrote it.
 */
export interface FieldIssue {
  path: string;
  message: string;
  code?: string;
  params?: IssueParams;
}

/** 422s carry `issues`; a platform's failure carries what it said (e.g. `retryAfterSeconds`). */
export type ApiErrorDetails = { issues?: FieldIssue[] } & Record<string, unknown>;

export interface ApiErrorBody {
  error: { code: string; message: string; details?: ApiErrorDetails };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isParams = (value: unknown): value is IssueParams =>
  isRecord(value) && Object.values(value).every((v) => typeof v === "string" || typeof v === "number");

const isFieldIssue = (value: unknown): value is FieldIssue =>
  isRecord(value) &&
  typeof value.path === "string" &&
  typeof value.message === "string" &&
  (value.code === undefined || typeof value.code === "string") &&
  (value.params === undefined || isParams(value.params));

/** The envelope in `body` when it is one (its field issues kept only when each is well formed), else null. */
export function readApiError(body: unknown): ApiErrorBody["error"] | null {
  if (!isRecord(body) || !isRecord(body.error)) return null;
  const { code, message, details } = body.error;
  if (typeof code !== "string" || typeof message !== "string") return null;
  if (details === undefined) return { code, message };
  if (!isRecord(details)) return null;
  const { issues } = details;
  if (issues !== undefined && !(Array.isArray(issues) && issues.every(isFieldIssue))) return null;
  return { code, message, details: details as ApiErrorDetails };
}
