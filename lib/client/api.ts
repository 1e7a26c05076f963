// The browser's fetch wrapper: JSON in and out, same-origin cookies, and one error type built from the
// API's error envelope (lib/domain/api-error.ts) so every caller can show the server's own message.
import { apiErrorBody, type FieldIssue } from "@/lib/domain/api-error";

export class ApiClientError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
    this.name = "ApiClientError";
  }

  /** The issues keyed by field name without the "body." prefix, e.g. `{ email: "Enter a valid email address" }`. */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const issue of this.issues) {
      const field = issue.path.replace(/^(body|query|params)\./, "");
      out[field] ??= issue.message;
    }
    return out;
  }
}

function toError(status: number, body: unknown): ApiClientError {
  const envelope = apiErrorBody.safeParse(body);
  // Not Orderdeck's answer (a proxy's page, a gateway timeout): say so in general terms.
  if (!envelope.success) return new ApiClientError(status, "http_error", `The server answered ${status}. Try again in a moment.`);
  const { code, message, details } = envelope.data.error;
  return new ApiClientError(status, code, message, details?.issues ?? []);
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export async function api<T>(
  path: string,
  options: { method?: Method; body?: unknown; signal?: AbortSignal; headers?: Record<string, string> } = {},
): Promise<T> {
  const { method = "GET", body, signal, headers = {} } = options;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      signal,
      credentials: "same-origin",
      headers: {
        Accept: "application/json",
        ...(body === undefined ? {} : { "Content-Type": "application/json" }),
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
  return parsed as T;
}

/** Builds `path?key=value` from the defined, non-empty entries. */
export function withQuery(path: string, params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}
