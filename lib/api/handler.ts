// The one wrapper every API route handler uses: authenticate, check the Origin of cookie-authenticated
// writes, authorize by permission, parse params/query/body with zod, and map every error to one JSON shape.
import "server-only";
import type { NextRequest } from "next/server";
import type { z } from "zod";
import { authenticate } from "../auth/authenticate";
import { clientIp } from "../auth/client-ip";
import { type Db, getDb } from "../db";
import { type CurrentUser, can, type Permission } from "../domain/user";
import { env } from "../env";
import { ApiError, errorResponse, forbidden, unauthorized, validationError } from "./errors";

const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export interface RouteContext<P, Q, B> {
  req: NextRequest;
  user: CurrentUser;
  via: "session" | "token";
  db: Db;
  ip: string;
  params: P;
  query: Q;
  body: B;
}

interface RouteOptions<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType> {
  /** What the caller's role must allow; "signed-in" for routes any user may call (their own profile, tokens). */
  permission: Permission | "signed-in";
  params?: P;
  query?: Q;
  body?: B;
}

type NextRouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

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
    try {
      const db = await getDb();
      const caller = await authenticate(db, req.headers, req.cookies);
      if (!caller) throw unauthorized();
      if (caller.via === "session" && MUTATING.has(req.method)) assertSameOrigin(req);
      if (options.permission !== "signed-in" && !can(caller.user.role, options.permission)) throw forbidden();
      const params = parse(options.params, await context.params, "params");
      const query = parse(options.query, queryObject(req), "query");
      const body = options.body ? parse(options.body, await readJson(req), "body") : (undefined as z.infer<B>);
      const result = await handler({
        req,
        db,
        ip: clientIp(req.headers),
        user: caller.user,
        via: caller.via,
        params,
        query,
        body,
      });
      return result instanceof Response ? result : Response.json(result);
    } catch (error) {
      return errorResponse(error);
    }
  };
}
