// The browser's fetch wrapper: a route of the HTTP contract (lib/domain/api-routes.ts) in, its declared answer
// out; JSON, same-origin cookies, and one error type built from the API's error envelope (lib/domain/api-error.ts)
// so every caller can show the server's own message.
import { type FieldIssue, readApiError } from "@/lib/domain/api-error";
import type { ApiBody, ApiParams, ApiResponse, ApiRoute } from "@/lib/domain/api-routes";
import { UNATTENDED_HEADER } from "@/lib/domain/attention";
import { pageUnattended } from "./attention";

export class ApiClientError extends Error {
  /**
   * `issues`: a 422's bad fields, with their codes (lib/domain/issues.ts); `details`: the other values the error
   * sent (e.g. `{ email }` of "email_taken"), which its message in the user's language may name.
   */
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: FieldIssue[] = [],
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = "ApiClientError";
  }

  /**
   * The issues keyed by field name without the "body." prefix, e.g. `{ email: "Enter a valid email address" }`,
   * in the server's English (forms use useFieldErrors(), which says them in the user's language).
   */
  fieldErrors(): Record<string, string> {
    return fieldErrorsOf(this.issues, (issue) => issue.message);
  }
}

/** Issues keyed by field name without the "body." prefix, the first issue of a field winning, each as `text` says. */
export function fieldErrorsOf(
  issues: readonly FieldIssue[],
  text: (issue: FieldIssue) => string,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const field = issue.path.replace(/^(body|query|params)\./, "");
    out[field] ??= text(issue);
  }
  return out;
}

/** A failed answer as the one error type: Orderdeck's envelope when it is one, else its status alone. */
export function toError(status: number, body: unknown): ApiClientError {
  const envelope = readApiError(body);
  // Not Orderdeck's answer (a proxy's page, a gateway timeout): say so in general terms.
  if (!envelope)
    return new ApiClientError(status, "http_error", `The server answered ${status}. Try again in a moment.`);
  const { code, message, details } = envelope;
  const { issues = [], ...rest } = details ?? {};
  return new ApiClientError(status, code, message, issues, rest);
}

/** What a call to `route` must send: its path parameters and body when it has them (see ApiRoutes). */
export type ApiRequest<R extends ApiRoute> = {
  signal?: AbortSignal;
  headers?: Record<string, string>;
  /** The query string, without "?" (see searchString for one built from values). */
  search?: string;
} & (keyof ApiParams<R> extends never ? { params?: undefined } : { params: ApiParams<R> }) &
  ([ApiBody<R>] extends [never] ? { body?: undefined } : { body: ApiBody<R> });

/** The options argument may be left out only when the route needs neither parameters nor a body. */
type RequestArgs<R extends ApiRoute> =
  object extends ApiRequest<R> ? [request?: ApiRequest<R>] : [request: ApiRequest<R>];

/**
 * Calls one route of the API, e.g. `api("PATCH /api/users/:id", { params: { id }, body: { name } })`. The answer
 * is typed by the contract the route handler `satisfies`, so it is not checked again here; an error answer is
 * (it may not come from Orderdeck).
 */
export async function api<R extends ApiRoute>(route: R, ...[request]: RequestArgs<R>): Promise<ApiResponse<R>> {
  const { signal, headers = {}, search, params, body } = (request ?? {}) as ApiRequest<R>;
  const [method, pattern] = route.split(" ") as [string, string];
  const path = fillPath(pattern, params as Record<string, string> | undefined) + (search ? `?${search}` : "");
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      signal,
      credentials: "same-origin",
      headers: {
        Accept: "application/json",
        ...(body === undefined ? {} : { "Content-Type": "application/json" }),
        ...(pageUnattended() ? { [UNATTENDED_HEADER]: "1" } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiClientError(0, "network_error", "Could not reach Orderdeck. Check your connection and try again.");
  }
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // A proxy's HTML error page: fall through to a generic message.
  }
  if (!response.ok) throw toError(response.status, parsed);
  return parsed as ApiResponse<R>;
}

/** "/api/users/:id" with `{ id }` → "/api/users/4f1c…", each value encoded. */
function fillPath(pattern: string, params: Record<string, string> | undefined): string {
  return pattern.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params?.[name] ?? ""));
}

/** A query string (without "?") from the defined, non-empty values. */
export function searchString(values: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  return search.toString();
}
