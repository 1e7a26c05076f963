// MerchantPro calls: HTTP Basic with base64(apiKey:apiSecret) on every request, JSON both ways, and the
// platform's error body → PlatformError with its own message (error-answers.ts). No login, so no session to cache.
import "server-only";
import { errorFromAnswer, isSuccess, type PlatformWords } from "../error-answers";
import type { UpstreamRequest } from "../http";
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

/** Where MerchantPro's error bodies keep its words: `{error: {code, message}}`, `{error}`, `{errors: [..]}`, `{message}`. */
function merchantProWords(body: unknown): PlatformWords | null {
  const parsed = errorBodySchema.safeParse(body);
  if (!parsed.success) return null;
  const { error, errors, message, detail, code } = parsed.data;
  const nested = typeof error === "object" && error !== null ? error : null;
  const listed = (errors ?? []).map((entry) => (typeof entry === "string" ? entry : entry.message)).filter(Boolean);
  const text = nested?.message ?? (typeof error === "string" ? error : null) ?? message ?? detail ?? listed.join("; ");
  const platformCode = nested?.code ?? code;
  return { message: text ?? "", ...(platformCode ? { code: platformCode } : {}) };
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
  if (!isSuccess(res)) throw errorFromAnswer(res, LABEL, merchantProWords);
  return res.text.trim() === "" ? null : res.json();
}
