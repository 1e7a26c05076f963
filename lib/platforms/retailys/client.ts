// Retailys calls: the API key in a header literally named `token`, paths under /v1/System/Orders whether the
// connection's base URL is the host or already ends in /v1, and `{message, detail}` error bodies → PlatformError.
import "server-only";
import type { z } from "zod";
import { errorFromAnswer, isSuccess, type PlatformWords } from "../error-answers";
import type { PlatformError } from "../errors";
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

/** Where Retailys' error bodies keep its words: "message — detail". */
function retailysWords(body: unknown): PlatformWords | null {
  const parsed = errorBodySchema.safeParse(body);
  if (!parsed.success) return null;
  const words = [parsed.data.message?.trim(), detailText(parsed.data.detail)];
  return { message: words.filter((part): part is string => Boolean(part)).join(" — ") };
}

// 400/409/422: the instance refused the request in the order's current state (422 for flag moves [vendor]).
export const toPlatformError = (res: UpstreamResponse): PlatformError => errorFromAnswer(res, LABEL, retailysWords);

/** One call with the `token` header; a non-2xx answer becomes a PlatformError with the platform's message. */
export async function call(
  conn: Connection,
  ctx: AdapterContext,
  req: Omit<UpstreamRequest, "headers">,
): Promise<UpstreamResponse> {
  const headers = { token: conn.credentials.token ?? "" };
  const res = await ctx.upstream.request({ ...req, headers }, ctx.signal);
  if (!isSuccess(res)) throw toPlatformError(res);
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
