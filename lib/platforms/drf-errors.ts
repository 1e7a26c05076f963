// Django REST Framework error answers (both Akinon products speak it) → PlatformError with the platform's
// own words. DRF writes `{detail}`, `{non_field_errors: [..], code}` or `{field: [..]}` (nested per row for
// bulk updates); Django's own 404 and 5xx pages are HTML, which we never show.
import { STATUS_CODES } from "node:http";
import { PlatformError, type PlatformErrorKind } from "./errors";
import type { UpstreamResponse } from "./http";

/** What differs between the two products' answers. */
export interface DrfDialect {
  label: string;
  /** Keys that group messages rather than name a field the user would recognise. */
  containers: ReadonlySet<string>;
  /** Keys whose content is not a message for people. */
  skipped: ReadonlySet<string>;
  /** Statuses of the login call that mean wrong or missing credentials. */
  loginAuthStatuses: readonly number[];
}

function readJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Every message in the body, each with the field it is about ("invoice_number: This field is required."). */
function messagesOf(body: unknown, field: string | null, dialect: DrfDialect, out: string[]): void {
  if (typeof body === "string") {
    const text = body.trim();
    const line = field ? `${field}: ${text}` : text;
    if (text && !out.includes(line)) out.push(line);
  } else if (Array.isArray(body)) {
    for (const entry of body) messagesOf(entry, field, dialect, out);
  } else if (typeof body === "object" && body !== null) {
    for (const [key, value] of Object.entries(body)) {
      if (key === "code" || dialect.skipped.has(key)) continue;
      messagesOf(value, dialect.containers.has(key) ? field : key, dialect, out);
    }
  }
}

function codeOf(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return undefined;
  const code = (body as Record<string, unknown>).code;
  return typeof code === "string" ? code : undefined;
}

function kindOf(status: number, loginAuth: boolean): PlatformErrorKind {
  if (loginAuth || status === 401 || status === 403) return "auth";
  if (status === 404) return "not_found";
  if (status === 405) return "unsupported";
  if (status === 429) return "rate_limited";
  if (status >= 500) return "unavailable";
  // 400 (e.g. "Packaged order items cannot be rejected."), 406, 409, 415, 422: the platform said no.
  return "refused";
}

function retryAfterSeconds(res: UpstreamResponse): number | undefined {
  const value = res.headers.get("retry-after")?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

/** The error for a non-2xx answer; `login` marks the login call, where some statuses mean bad credentials. */
export function drfErrorFrom(res: UpstreamResponse, dialect: DrfDialect, login = false): PlatformError {
  const body = readJson(res.text);
  const messages: string[] = [];
  if (body !== undefined) messagesOf(body, null, dialect, messages);
  const message =
    messages.length > 0
      ? messages.join(" ")
      : `${dialect.label} answered ${res.status} ${STATUS_CODES[res.status] ?? "error"}`;
  const code = codeOf(body);
  const retryAfter = res.status === 429 ? retryAfterSeconds(res) : undefined;
  const loginAuth = login && dialect.loginAuthStatuses.includes(res.status);
  return new PlatformError(kindOf(res.status, loginAuth), message, {
    status: res.status,
    ...(code ? { platformCode: code } : {}),
    ...(retryAfter !== undefined ? { retryAfterSeconds: retryAfter } : {}),
  });
}
