// Seller Center's auth and calls: `POST /api/i1/token/obtain/ {email, password}` → `{access}` (simplejwt), cached
// per connection and renewed ONCE on a 401; or the seller's long-lived access token, for which a 401 is final.
// Both go as `Authorization: Bearer` (the seed's `Authentication:` header is a typo).
import "server-only";
import { isSuccess } from "../error-answers";
import { PlatformError } from "../errors";
import type { UpstreamRequest, UpstreamResponse } from "../http";
import { createTokenCache, type SessionKey, withSession } from "../session-cache";
import type { AdapterContext, Connection } from "../types";
import { errorFrom } from "./errors";
import { authOf } from "./options";
import { rawLogin } from "./schema";

const LOGIN_PATH = "/api/i1/token/obtain/";

// Seller Center answers 415 without a JSON Content-Type, even on a GET without a body.
const JSON_HEADERS = { "content-type": "application/json" } as const;

const sessions = createTokenCache();

function sessionKey(conn: Connection): SessionKey {
  // The base URL is part of what a token belongs to: the same account on another tenant is another session.
  return { connectionId: conn.id, credentials: { ...conn.credentials, baseUrl: conn.baseUrl } };
}

async function login(ctx: AdapterContext, email: string, password: string): Promise<string> {
  const res = await ctx.upstream.request(
    { method: "POST", path: LOGIN_PATH, headers: JSON_HEADERS, signIn: true, body: { email, password } },
    ctx.signal,
  );
  if (!isSuccess(res)) throw errorFrom(res, { login: true });
  const parsed = rawLogin.safeParse(res.json());
  if (!parsed.success)
    throw new PlatformError("bad_response", "Akinon Seller Center's login answer has no access token");
  ctx.upstream.addSecret(parsed.data.access);
  return parsed.data.access;
}

function send(ctx: AdapterContext, req: Omit<UpstreamRequest, "headers">, token: string): Promise<UpstreamResponse> {
  // A token from the shared cache may come from another Upstream: this one must redact it too.
  ctx.upstream.addSecret(token);
  return ctx.upstream.request({ ...req, headers: { ...JSON_HEADERS, authorization: `Bearer ${token}` } }, ctx.signal);
}

/** One authenticated call; a non-2xx answer becomes the PlatformError carrying Seller Center's own message. */
export async function call(
  conn: Connection,
  ctx: AdapterContext,
  req: Omit<UpstreamRequest, "headers">,
): Promise<unknown> {
  const auth = authOf(conn);
  const res =
    auth.kind === "token"
      ? await send(ctx, req, auth.token)
      : await withSession(
          sessions,
          sessionKey(conn),
          () => login(ctx, auth.email, auth.password),
          (token) => send(ctx, req, token),
        );
  if (!isSuccess(res)) throw errorFrom(res);
  // 204 No Content (reject) has no body.
  return res.text.trim() === "" ? null : res.json();
}
