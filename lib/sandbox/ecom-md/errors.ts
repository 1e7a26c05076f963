// Responses as a Django REST Framework project writes them: JSON `{"detail": ...}` for API errors,
// Django's bare HTML pages for unknown URLs and server errors.
import type { SandboxResponse } from "../core/types";

export const json = (status: number, body: unknown, headers?: Record<string, string>): SandboxResponse => ({
  status,
  body,
  ...(headers ? { headers } : {}),
});

export const detail = (status: number, message: string): SandboxResponse => json(status, { detail: message });

export const notFound = (): SandboxResponse => detail(404, "Not found.");

export const methodNotAllowed = (method: string, allowed: readonly string[]): SandboxResponse =>
  json(405, { detail: `Method "${method}" not allowed.` }, { allow: allowed.join(", ") });

function djangoPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
  <title>${title}</title>
</head>
<body>
  <h1>${title}</h1><p>${body}</p>
</body>
</html>
`;
}

/** An URL no route matches (Django's production 404 page, before DRF is involved). */
export const htmlNotFound = (): SandboxResponse => ({
  status: 404,
  raw: djangoPage("Not Found", "The requested resource was not found on this server."),
});

/** Django's CommonMiddleware (APPEND_SLASH): a path without its trailing slash is redirected. */
export const appendSlash = (location: string): SandboxResponse => ({ status: 301, headers: { location }, raw: "" });

/** 429 is DRF's throttle answer (the core's window is one second); anything else is Django's HTML error page. */
export function serverError(status: number, _message: string): SandboxResponse {
  if (status === 429) return detail(429, "Request was throttled. Expected available in 1 second.");
  return { status, raw: djangoPage(`Server Error (${status})`, "") };
}
