// Retailys calls: the API key in a header literally named `token`, paths under /v1/System/Orders whether the
// connection's base URL is the host or already ends in /v1, and `{message, detail}` error bodies → PlatformError.
import "server-only";
import { STATUS_CODES } from "node:http";
import type { z } from "zod";
import { PlatformError } from "../errors";
import type { UpstreamRequest, UpstreamResponse } from "../http";
import type { AdapterContext, Connection } from "../types";
import { API_PREFIX } from "./assumed";
import { errorBodySchema, parseAnswer } from "./schema";

export const LABEL = "Retailys";

/** `/System/Orders…` below the base URL: the host gets /v1 prepended, a base URL ending in /v1 does not. */
export function apiPath(conn: Connection, path: string): string {
  let basePath = "";
  try {
    basePath = new URL(conn.baseUrl).pathname.replace(/\/+$/, "");
  } catch {
    // An unparsable base URL is the transport's to report.
  }
  return basePath.toLowerCase().endsWith(API_PREFIX) ? path : `${API_PREFIX}${path}`;
}

export const ordersPath = (conn: Connection, rest = "") => apiPath(conn, `/System/Orders${rest}`);
export const orderPath = (conn: Connection, orderId: string, rest = "") =>
  ordersPath(conn, `/${encodeURIComponent(orderId)}${rest}`);

function detailText(detail: unknown): string | null {
  if (typeof detail === "string") return detail.trim() || null;
  if (detail === null || detail === undefined) return null;
  const json = JSON.stringify(detail);
  return json && json !== "{}" && json !== "[]" ? json : null;
}

/** The platform's own words ("message — detail"), or "Retailys answered 500 Internal Server Error" for non-JSON. */
export function platformMessage(res: UpstreamResponse): string {
  let body: unknown;
  try {
    body = JSON.parse(res.text);
  } catch {
    body = undefined;
  }
  const parsed = errorBodySchema.safeParse(body);
  const message = parsed.success ? parsed.data.message?.trim() : undefined;
  const detail = parsed.success ? detailText(parsed.data.detail) : null;
  const words = [message, detail].filter((part): part is string => Boolean(part));
  if (words.length > 0) return words.join(" — ").slice(0, 500);
  return `${LABEL} answered ${res.status} ${STATUS_CODES[res.status] ?? ""}`.trim();
}

export function toPlatformError(res: UpstreamResponse): PlatformError {
  const message = platformMessage(res);
  const { status } = res;
  if (status === 401 || status === 403) return new PlatformError("auth", message, { status });
  if (status === 404) return new PlatformError("not_found", message, { status });
  if (status === 405) return new PlatformError("unsupported", message, { status });
  if (status === 429) {
    const header = res.headers.get("retry-after")?.trim();
    const retryAfterSeconds = header && /^\d+$/.test(header) ? Number(header) : undefined;
    return new PlatformError("rate_limited", message, { status, ...(retryAfterSeconds ? { retryAfterSeconds } : {}) });
  }
  if (status >= 500) return new PlatformError("unavailable", message, { status });
  // 400/409/422: the instance refused the request in the order's current state (422 for flag moves [vendor]).
  return new PlatformError("refused", message, { status });
}

/** One call with the `token` header; a non-2xx answer becomes a PlatformError with the platform's message. */
export async function call(
  conn: Connection,
  ctx: AdapterContext,
  req: Omit<UpstreamRequest, "headers">,
): Promise<UpstreamResponse> {
  const headers = { token: conn.credentials.token ?? "" };
  const res = await ctx.upstream.request({ ...req, headers }, ctx.signal);
  if (res.status < 200 || res.status >= 300) throw toPlatformError(res);
  return res;
}

/** A GET whose JSON answer is parsed with `schema`. */
export async function getJson<T extends z.ZodType>(
  conn: Connection,
  ctx: AdapterContext,
  req: Omit<UpstreamRequest, "headers" | "method">,
  schema: T,
  what: string,
): Promise<z.infer<T>> {
  const res = await call(conn, ctx, { ...req, method: "GET" });
  return parseAnswer(schema, res.json(), what);
}
