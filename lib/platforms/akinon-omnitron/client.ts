// Omnitron's auth and calls: POST /api/i1/auth/login/ {username, password} → {key}, then `Authorization:
// Token <key>` on every request; the token is cached per connection and renewed once on a 401.
import "server-only";
import { isSuccess } from "../error-answers";
import { PlatformError } from "../errors";
import type { UpstreamRequest } from "../http";
import { createTokenCache, type SessionKey, withSession } from "../session-cache";
import type { AdapterContext, Connection } from "../types";
import { errorFrom } from "./errors";
import { rawLogin } from "./schema";

const LOGIN_PATH = "/api/i1/auth/login/";

// Omnitron's stack answers 415 without a JSON Content-Type, even on a GET without a body.
const JSON_HEADERS = { "content-type": "application/json" } as const;

const sessions = createTokenCache();

function sessionKey(conn: Connection): SessionKey {
  // The base URL is part of what a token belongs to: the same account on another tenant is another session.
  return { connectionId: conn.id, credentials: { ...conn.credentials, baseUrl: conn.baseUrl } };
}

async function login(conn: Connection, ctx: AdapterContext): Promise<string> {
  const { username = "", password = "" } = conn.credentials;
  const res = await ctx.upstream.request(
    { method: "POST", path: LOGIN_PATH, headers: JSON_HEADERS, signIn: true, body: { username, password } },
    ctx.signal,
  );
  if (!isSuccess(res)) throw errorFrom(res, { login: true });
  const parsed = rawLogin.safeParse(res.json());
  if (!parsed.success) throw new PlatformError("bad_response", "Akinon Omnitron's login answer has no token (key)");
  ctx.upstream.addSecret(parsed.data.key);
  return parsed.data.key;
}

/** One authenticated call; a non-2xx answer becomes the PlatformError carrying Omnitron's own message. */
export async function call(
  conn: Connection,
  ctx: AdapterContext,
  req: Omit<UpstreamRequest, "headers">,
): Promise<unknown> {
  const res = await withSession(
    sessions,
    sessionKey(conn),
    () => login(conn, ctx),
    (token) => {
      // A token from the shared cache may come from another Upstream: this one must redact it too.
      ctx.upstream.addSecret(token);
      return ctx.upstream.request(
        { ...req, headers: { ...JSON_HEADERS, authorization: `Token ${token}` } },
        ctx.signal,
      );
    },
  );
  if (!isSuccess(res)) throw errorFrom(res);
  return res.text.trim() === "" ? null : res.json();
}
