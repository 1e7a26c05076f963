// Error responses as Django + Django REST Framework write them: JSON `{"detail": ...}` / `{field: [msg]}`
// from DRF views, bare HTML pages from Django itself (404 for unknown URLs, 500s).
import type { SandboxResponse } from "../core/types";

/** simplejwt's JWTAuthentication.authenticate_header(): DRF sends it with every 401. */
const WWW_AUTHENTICATE = 'Bearer realm="api"';

export function detail(status: number, message: string, headers?: Record<string, string>): SandboxResponse {
  return { status, body: { detail: message }, ...(headers ? { headers } : {}) };
}

export function fieldErrors(errors: Record<string, string[]>): SandboxResponse {
  return { status: 400, body: errors };
}

export function unauthorized(body: Record<string, unknown>): SandboxResponse {
  return { status: 401, body, headers: { "www-authenticate": WWW_AUTHENTICATE } };
}

export const notFound = (): SandboxResponse => detail(404, "Not found.");

export function methodNotAllowed(method: string, allowed: readonly string[]): SandboxResponse {
  return detail(405, `Method "${method}" not allowed.`, { allow: allowed.join(", ") });
}

export function unsupportedMediaType(contentType: string): SandboxResponse {
  return detail(415, `Unsupported media type "${contentType}" in request.`);
}

export const notAcceptable = (): SandboxResponse => detail(406, "Could not satisfy the request Accept header.");

/** DRF's JSONParser error for a body that is not JSON (Python's json message is not reproduced) [assumed wording]. */
export const jsonParseError = (): SandboxResponse =>
  detail(400, "JSON parse error - Expecting value: line 1 column 1 (char 0)");

/** Django's built-in ERROR_PAGE_TEMPLATE (django/views/defaults.py), used when no custom template exists. */
function djangoErrorPage(title: string, details: string): string {
  return `\n<!doctype html>\n<html lang="en">\n<head>\n  <title>${title}</title>\n</head>\n<body>\n  <h1>${title}</h1><p>${details}</p>\n</body>\n</html>\n`;
}

export function htmlPage(status: number, title: string, details = ""): SandboxResponse {
  return { status, raw: djangoErrorPage(title, details), contentType: "text/html; charset=utf-8" };
}

/** Django answers a URL that matches no route with its HTML 404 page, before DRF is involved. */
export const urlNotFound = (): SandboxResponse =>
  htmlPage(404, "Not Found", "The requested resource was not found on this server.");

const REASONS: Readonly<Record<number, string>> = {
  500: "Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

/** 5xx: Django's HTML "Server Error (500)" page; 429: DRF's throttle body. */
export function serverError(status: number): SandboxResponse {
  // The core's limiter uses a one-second window, so the Retry-After it adds is always 1 (DRF pluralizes "second").
  if (status === 429) return detail(429, "Request was throttled. Expected available in 1 second.");
  return htmlPage(status, `${REASONS[status] ?? "Server Error"} (${status})`);
}
