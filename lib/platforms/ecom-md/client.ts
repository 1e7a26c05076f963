// ECOM.md calls: TWO static credentials (`API-Token` on order endpoints, `token` = site token on the
// catalogue look-ups; the site token is optional), `Accept-Language` from the connection, and DRF error
// bodies → PlatformError (error-answers.ts).
import "server-only";
import { type DrfDialect, drfWords } from "../drf-errors";
import { errorFromAnswer, isSuccess } from "../error-answers";
import { PlatformError } from "../errors";
import type { UpstreamRequest, UpstreamResponse } from "../http";
import type { AdapterContext, Connection } from "../types";
import { ECOM_ASSUMED } from "./assumed";

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

// ECOM.md's error bodies are DRF's: `{detail}`, `{field: [msg]}`, `{non_field_errors: [...]}`, or a list of
// those (the upsert's, one per order).
const ECOM_DRF: DrfDialect = {
  label: LABEL,
  containers: new Set(["detail", "non_field_errors"]),
  skipped: new Set(),
  loginAuthStatuses: [],
};

/** The error for a non-2xx answer; an auth error names the token it was about (the connection may have two). */
function toPlatformError(res: UpstreamResponse, credential: Credential): PlatformError {
  const error = errorFromAnswer(res, LABEL, drfWords(ECOM_DRF));
  if (error.kind !== "auth") return error;
  return new PlatformError("auth", `${error.message} (${CREDENTIAL_NAMES[credential]})`, error.details);
}

/** One call; a non-2xx answer becomes a PlatformError with the platform's message. */
export async function call(
  conn: Connection,
  ctx: AdapterContext,
  credential: Credential,
  req: Omit<UpstreamRequest, "headers">,
): Promise<UpstreamResponse> {
  const res = await ctx.upstream.request({ ...req, headers: headers(conn, credential) }, ctx.signal);
  if (!isSuccess(res)) throw toPlatformError(res, credential);
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
