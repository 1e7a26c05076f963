// Seller Center's error answers → PlatformError with the platform's own words. DRF writes `{detail}`,
// `{field: [..]}` or `{non_field_errors: [..]}`; Django's own 404 and 5xx pages are HTML, which we never show.
import { STATUS_CODES } from "node:http";
import { PlatformError, type PlatformErrorKind } from "../errors";
import type { UpstreamResponse } from "../http";

const LABEL = "Akinon Seller Center";

// Keys that group messages rather than name a field the user would recognise.
const CONTAINERS = new Set(["non_field_errors", "detail", "errors", "message"]);
// simplejwt's 401 lists per-token-class details under `messages`; its `detail` already says it.
const SKIPPED = new Set(["code", "messages", "token_class", "token_type"]);

function readJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Every message in a DRF error body, each with the field it is about ("amount__gte: Enter a number."). */
function messagesOf(body: unknown, field: string | null, out: string[]): void {
  if (typeof body === "string") {
    const text = body.trim();
    const line = field ? `${field}: ${text}` : text;
    if (text && !out.includes(line)) out.push(line);
  } else if (Array.isArray(body)) {
    for (const entry of body) messagesOf(entry, field, out);
  } else if (typeof body === "object" && body !== null) {
    for (const [key, value] of Object.entries(body)) {
      if (SKIPPED.has(key)) continue;
      messagesOf(value, CONTAINERS.has(key) ? field : key, out);
    }
  }
}

function codeOf(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return undefined;
  const code = (body as Record<string, unknown>).code;
  return typeof code === "string" ? code : undefined;
}

function kindOf(status: number, login: boolean): PlatformErrorKind {
  if (login && (status === 400 || status === 401)) return "auth"; // token/obtain/: missing or wrong credentials
  if (status === 401 || status === 403) return "auth";
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

/** The error for a non-2xx answer; `login` marks token/obtain/, where a 400 means missing credentials. */
export function errorFrom(res: UpstreamResponse, options: { login?: boolean } = {}): PlatformError {
  const body = readJson(res.text);
  const messages: string[] = [];
  if (body !== undefined) messagesOf(body, null, messages);
  const message =
    messages.length > 0 ? messages.join(" ") : `${LABEL} answered ${res.status} ${STATUS_CODES[res.status] ?? "error"}`;
  const code = codeOf(body);
  const retryAfter = res.status === 429 ? retryAfterSeconds(res) : undefined;
  return new PlatformError(kindOf(res.status, options.login ?? false), message, {
    status: res.status,
    ...(code ? { platformCode: code } : {}),
    ...(retryAfter !== undefined ? { retryAfterSeconds: retryAfter } : {}),
  });
}
