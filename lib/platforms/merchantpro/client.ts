// MerchantPro calls: HTTP Basic with base64(apiKey:apiSecret) on every request, JSON both ways, and the
// platform's error body → PlatformError with its own message. No login, so no session to cache.
import "server-only";
import { STATUS_CODES } from "node:http";
import { PlatformError } from "../errors";
import type { UpstreamRequest, UpstreamResponse } from "../http";
import type { AdapterContext, Connection } from "../types";
import { errorBodySchema } from "./schema";

export const LABEL = "MerchantPro";
export const API = "/api/v2";

function headers(conn: Connection, withBody: boolean): Record<string, string> {
  const { apiKey = "", apiSecret = "" } = conn.credentials;
  const basic = Buffer.from(`${apiKey}:${apiSecret}`, "utf8").toString("base64");
  return {
    Authorization: `Basic ${basic}`,
    Accept: "application/json",
    ...(withBody ? { "Content-Type": "application/json" } : {}),
  };
}

/** The platform's own words from an error body, or "MerchantPro answered 500 Internal Server Error". */
export function platformMessage(res: UpstreamResponse): { message: string; code?: string } {
  let body: unknown;
  try {
    body = JSON.parse(res.text);
  } catch {
    body = undefined;
  }
  const parsed = errorBodySchema.safeParse(body);
  if (parsed.success) {
    const { error, errors, message, detail, code } = parsed.data;
    const nested = typeof error === "object" && error !== null ? error : null;
    const listed = (errors ?? []).map((entry) => (typeof entry === "string" ? entry : entry.message)).filter(Boolean);
    const text =
      nested?.message ?? (typeof error === "string" ? error : null) ?? message ?? detail ?? listed.join("; ");
    const platformCode = nested?.code ?? code ?? undefined;
    if (text?.trim()) return { message: text.trim().slice(0, 500), ...(platformCode ? { code: platformCode } : {}) };
  }
  return { message: `${LABEL} answered ${res.status} ${STATUS_CODES[res.status] ?? ""}`.trim() };
}

export function toPlatformError(res: UpstreamResponse): PlatformError {
  const { message, code } = platformMessage(res);
  const status = res.status;
  const details = { status, ...(code ? { platformCode: code } : {}) };
  // 401 bad credentials, 403 after repeated bad attempts: both are the admin's to fix.
  if (status === 401 || status === 403) return new PlatformError("auth", message, details);
  if (status === 404) return new PlatformError("not_found", message, details);
  if (status === 429) {
    const header = res.headers.get("retry-after")?.trim();
    const seconds = header && /^\d+$/.test(header) ? Number(header) : undefined;
    return new PlatformError("rate_limited", message, {
      ...details,
      ...(seconds ? { retryAfterSeconds: seconds } : {}),
    });
  }
  if (status >= 500) return new PlatformError("unavailable", message, details);
  return new PlatformError("refused", message, details);
}

/** One call under /api/v2; a non-2xx answer becomes a PlatformError, a 2xx body is returned as parsed JSON. */
export async function callJson(
  conn: Connection,
  ctx: AdapterContext,
  req: Omit<UpstreamRequest, "headers">,
): Promise<unknown> {
  const res = await ctx.upstream.request(
    { ...req, path: `${API}${req.path}`, headers: headers(conn, req.body !== undefined) },
    ctx.signal,
  );
  if (res.status < 200 || res.status >= 300) throw toPlatformError(res);
  return res.text.trim() === "" ? null : res.json();
}
