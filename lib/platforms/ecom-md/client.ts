// ECOM.md calls: TWO static credentials (`API-Token` on order endpoints, `token` = site token on the
// catalogue look-ups; the site token is optional), `Accept-Language` from the connection, and DRF error
// bodies → PlatformError.
import "server-only";
import { STATUS_CODES } from "node:http";
import { PlatformError } from "../errors";
import type { UpstreamRequest, UpstreamResponse } from "../http";
import type { AdapterContext, Connection } from "../types";
import { ECOM_ASSUMED } from "./assumed";
import { errorBodySchema } from "./schema";

export const LABEL = "ECOM.md";

/** Which credential a path needs: order endpoints take the API token, catalogue look-ups the site token. */
export type Credential = "api" | "site";

const CREDENTIAL_NAMES: Record<Credential, string> = { api: "API token", site: "site token" };

export function language(conn: Connection): string {
  const value = conn.options.language;
  return typeof value === "string" && (ECOM_ASSUMED.languages as readonly string[]).includes(value)
    ? value
    : ECOM_ASSUMED.defaultLanguage;
}

/** The site token when the connection has one (it is optional: only the catalogue look-ups need it). */
export const siteTokenOf = (conn: Connection): string | null => conn.credentials.siteToken?.trim() || null;

function headers(conn: Connection, credential: Credential): Record<string, string> {
  const lang = language(conn);
  if (credential === "api") return { "API-Token": conn.credentials.apiToken ?? "", "Accept-Language": lang };
  const token = siteTokenOf(conn);
  if (!token) {
    throw new PlatformError("auth", "This ECOM.md connection has no site token; catalogue look-ups need one");
  }
  return { token, "Accept-Language": lang };
}

/** Leaf messages of a DRF error body: `{detail}`, `{field: [msg]}`, nested item lists, or the upsert's list. */
function messages(body: unknown, key: string | null = null): string[] {
  if (typeof body === "string")
    return [key && key !== "detail" && key !== "non_field_errors" ? `${key}: ${body}` : body];
  if (Array.isArray(body)) return body.flatMap((entry) => messages(entry, key));
  if (typeof body === "object" && body !== null) {
    return Object.entries(body).flatMap(([k, v]) => messages(v, k));
  }
  return [];
}

/** The platform's own words, or a short "<Platform> answered 500 Internal Server Error" for HTML pages. */
export function platformMessage(res: UpstreamResponse): string {
  let body: unknown;
  try {
    body = JSON.parse(res.text);
  } catch {
    body = undefined;
  }
  const parsed = errorBodySchema.safeParse(body);
  const found = parsed.success ? [...new Set(messages(parsed.data))] : [];
  if (found.length > 0) return found.join("; ").slice(0, 500);
  return `${LABEL} answered ${res.status} ${STATUS_CODES[res.status] ?? ""}`.trim();
}

export function toPlatformError(res: UpstreamResponse, credential: Credential): PlatformError {
  const message = platformMessage(res);
  const status = res.status;
  if (status === 401 || status === 403) {
    return new PlatformError("auth", `${message} (${CREDENTIAL_NAMES[credential]})`, { status });
  }
  if (status === 404) return new PlatformError("not_found", message, { status });
  if (status === 429) {
    const header = res.headers.get("retry-after");
    const retryAfterSeconds = header && /^\d+$/.test(header.trim()) ? Number(header.trim()) : undefined;
    return new PlatformError("rate_limited", message, { status, ...(retryAfterSeconds ? { retryAfterSeconds } : {}) });
  }
  if (status >= 500) return new PlatformError("unavailable", message, { status });
  return new PlatformError("refused", message, { status });
}

/** One call; a non-2xx answer becomes a PlatformError with the platform's message. */
export async function call(
  conn: Connection,
  ctx: AdapterContext,
  credential: Credential,
  req: Omit<UpstreamRequest, "headers">,
): Promise<UpstreamResponse> {
  const res = await ctx.upstream.request({ ...req, headers: headers(conn, credential) }, ctx.signal);
  if (res.status < 200 || res.status >= 300) throw toPlatformError(res, credential);
  return res;
}

/** A call whose answer is JSON (204 / empty bodies read as null). */
export async function callJson(
  conn: Connection,
  ctx: AdapterContext,
  credential: Credential,
  req: Omit<UpstreamRequest, "headers">,
): Promise<unknown> {
  const res = await call(conn, ctx, credential, req);
  return res.status === 204 || res.text.trim() === "" ? null : res.json();
}
