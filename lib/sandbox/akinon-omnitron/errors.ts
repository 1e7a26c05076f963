// Error answers the way a Django REST Framework service writes them: JSON `{detail}` / `{field: [..]}` /
// `{non_field_errors: [..], code}` for API errors, and Django's own HTML pages for 404 routes and 5xx.
import type { SandboxResponse } from "../core/types";

export type FieldErrors = Record<string, unknown>;

const json = (status: number, body: unknown, headers?: Record<string, string>): SandboxResponse => ({
  status,
  body,
  ...(headers ? { headers } : {}),
});

export const detail = (status: number, message: string, headers?: Record<string, string>): SandboxResponse =>
  json(status, { detail: message }, headers);

export const notFound = (): SandboxResponse => detail(404, "Not found.");

export const validation = (errors: FieldErrors, code?: string): SandboxResponse =>
  json(400, code ? { ...errors, code } : errors);

export const nonField = (message: string, code: string): SandboxResponse =>
  json(400, { non_field_errors: [message], code });

export const methodNotAllowed = (method: string, allowed: readonly string[]): SandboxResponse =>
  detail(405, `Method "${method}" not allowed.`, { allow: [...allowed, "OPTIONS"].join(", ") });

// DRF TokenAuthentication sends this challenge with every 401.
export const unauthorized = (message: string): SandboxResponse => detail(401, message, { "www-authenticate": "Token" });

export const unsupportedMediaType = (contentType: string): SandboxResponse =>
  detail(415, `Unsupported media type "${contentType}" in request.`);

export const parseError = (): SandboxResponse =>
  detail(400, "JSON parse error - Expecting value: line 1 column 1 (char 0)");

// Django (DEBUG=False) answers an unknown URL with its plain HTML page, not DRF JSON.
export function htmlNotFound(path: string): SandboxResponse {
  return {
    status: 404,
    raw: `<!doctype html>
<html lang="en">
<head>
  <title>Not Found</title>
</head>
<body>
  <h1>Not Found</h1><p>The requested resource <code>${escapeHtml(path)}</code> was not found on this server.</p>
</body>
</html>
`,
  };
}

/** The platform's 5xx/429 style: Django's HTML "Server Error (500)" page; DRF's throttle JSON for 429. */
export function serverError(status: number, _message: string): SandboxResponse {
  if (status === 429) return detail(429, "Request was throttled. Expected available in 1 second.");
  return {
    status,
    raw: `<!doctype html>
<html lang="en">
<head>
  <title>Server Error (${status})</title>
</head>
<body>
  <h1>Server Error (${status})</h1><p></p>
</body>
</html>
`,
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
}
