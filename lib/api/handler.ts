// The one wrapper every API route handler uses: authenticate, check the Origin of cookie-authenticated
// writes, hold back a user who must change their password, authorize by permission, parse params/query/body
// with zod, map every error to one JSON shape, and write refusals (401/403) to the audit log.
import "server-only";
import type { NextRequest } from "next/server";
import type { z } from "zod";
import { type Authenticated, authenticate } from "../auth/authenticate";
import { clientIp } from "../auth/client-ip";
import { recordDenial } from "../auth/denial-audit";
import { type Db, getDb } from "../db";
import { DomainError } from "../domain/errors";
import { type CurrentUser, can, type Permission } from "../domain/user";
import { env } from "../env";
import { ApiError, errorResponse, forbidden, unauthorized, validationError } from "./errors";

const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export interface RouteContext<P, Q, B> {
  req: NextRequest;
  user: CurrentUser;
  via: "session" | "token";
  /** The browser session's id (null via an API token). */
  sessionId: string | null;
  /** The API token the caller came with (null via a session). */
  token: Authenticated["token"];
  db: Db;
  ip: string;
  params: P;
  query: Q;
  body: B;
}

interface RouteOptions<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> {
  /** What the caller's role must allow; "signed-in" for routes any user may call (their own profile, tokens). */
  permission: Permission | "signed-in";
  /** Open also to a user whose password an admin reset (the change-password route alone). */
  duringPasswordChange?: true;
  params?: P;
  query?: Q;
  body?: B;
}

type RawParams = Record<string, string | string[] | undefined>;
// A route without dynamic segments is handed no params at all (Next.js 16, seen in production builds).
type NextRouteContext = { params?: Promise<RawParams> };

const passwordChangeRequired = () =>
  new ApiError(403, "password_change_required", "An admin reset your password: choose a new one to go on.");

/** Same-origin check for cookie-authenticated writes (a browser always sends Origin on them). */
function assertSameOrigin(req: NextRequest): void {
  const origin = req.headers.get("origin");
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  const proto = req.headers.get("x-forwarded-proto") ?? req.nextUrl.protocol.replace(":", "");
  const allowed = new Set([`${proto}://${host}`, req.nextUrl.origin]);
  const configured = env().NEXTAUTH_URL;
  if (configured) allowed.add(new URL(configured).origin);
  if (!origin || !allowed.has(origin)) {
    throw new ApiError(403, "cross_origin", "This request must come from Orderdeck's own pages (Origin check failed).");
  }
}

function parse<T extends z.ZodType>(
  schema: T | undefined,
  value: unknown,
  where: "params" | "query" | "body",
): z.infer<T> {
  if (!schema) return undefined as z.infer<T>;
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(result.error, where);
  return result.data;
}

async function readJson(req: NextRequest): Promise<unknown> {
  const text = await req.text();
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(422, "invalid_json", "The request body is not valid JSON.");
  }
}

function queryObject(req: NextRequest): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(req.nextUrl.searchParams.keys())) {
    const values = req.nextUrl.searchParams.getAll(key);
    out[key] = values.length > 1 ? values : (values[0] ?? "");
  }
  return out;
}

export function route<
  P extends z.ZodType = z.ZodUndefined,
  Q extends z.ZodType = z.ZodUndefined,
  B extends z.ZodType = z.ZodUndefined,
>(
  options: RouteOptions<P, Q, B>,
  handler: (ctx: RouteContext<z.infer<P>, z.infer<Q>, z.infer<B>>) => Promise<Response | object>,
) {
  return async (req: NextRequest, context: NextRouteContext): Promise<Response> => {
    const ip = clientIp(req.headers);
    let db: Db | undefined;
    let caller: Authenticated | null = null;
    try {
      db = await getDb();
      caller = await authenticate(db, req.headers, req.cookies);
      if (!caller) throw unauthorized();
      if (caller.via === "session" && MUTATING.has(req.method)) assertSameOrigin(req);
      if (caller.mustChangePassword && !options.duringPasswordChange) throw passwordChangeRequired();
      if (options.permission !== "signed-in" && !can(caller.user.role, options.permission)) throw forbidden();
      const params = parse(options.params, (await context.params) ?? {}, "params");
      const query = parse(options.query, queryObject(req), "query");
      const body = options.body ? parse(options.body, await readJson(req), "body") : (undefined as z.infer<B>);
      const { user, via, sessionId, token } = caller;
      const result = await handler({ req, db, ip, user, via, sessionId, token, params, query, body });
      return result instanceof Response ? result : Response.json(result);
    } catch (error) {
      const response = errorResponse(error);
      if (db && (response.status === 401 || response.status === 403) && isRefusal(error)) {
        await auditRefusal(db, {
          req,
          ip,
          caller,
          params: (await context.params?.catch(() => undefined)) ?? {},
          response,
          error,
        });
      }
      return response;
    }
  };
}

/** A refusal of who is calling (401) or of what they may do (403), not another 4xx that happens to share a status. */
function isRefusal(error: unknown): boolean {
  return error instanceof ApiError || (error instanceof DomainError && error.kind === "forbidden");
}

/** "/api/users/4f1c…/password" → "/api/users/:id/password": one audit key per route, whatever ids a flood sends. */
function routePattern(pathname: string, params: RawParams): string {
  const names = new Map<string, string>();
  for (const [name, value] of Object.entries(params)) for (const one of [value ?? []].flat()) names.set(one, name);
  return pathname
    .split("/")
    .map((segment) => {
      let decoded = segment;
      try {
        decoded = decodeURIComponent(segment);
      } catch {
        // A malformed escape is no parameter of ours: keep the segment as sent.
      }
      const name = names.get(decoded);
      return name ? `:${name}` : segment;
    })
    .join("/");
}

/** Failed authorizations go to the audit log, at most one entry a minute per caller, IP and route (denial-audit.ts). */
async function auditRefusal(
  db: Db,
  refusal: {
    req: NextRequest;
    ip: string;
    caller: Authenticated | null;
    params: RawParams;
    response: Response;
    error: unknown;
  },
): Promise<void> {
  const { req, ip, caller, response, error } = refusal;
  const route = routePattern(req.nextUrl.pathname, refusal.params);
  const code = error instanceof ApiError || error instanceof DomainError ? error.code : "unknown";
  try {
    await recordDenial(db, `${caller?.user.id ?? "anonymous"} ${ip} ${req.method} ${route}`, {
      actor: caller ? { id: caller.user.id, email: caller.user.email } : null,
      action: "auth.denied",
      outcome: "denied",
      ip,
      details: { method: req.method, route, status: response.status, code, ...(caller ? { via: caller.via } : {}) },
    });
  } catch (failure) {
    // The refusal stands whether or not it could be written down.
    console.error("Could not audit a refused request:", failure instanceof Error ? failure.message : failure);
  }
}
