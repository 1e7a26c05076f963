// The sandbox-only control API (never part of any platform):
//   GET    /_sandbox                     platforms, order counts, faults, options
//   POST   /_sandbox/reset               body {platform?}: back to the seed state
//   PUT    /_sandbox/faults/<platform>   body FaultSettings: replaces that platform's faults (rules: fault-rules.ts)
//   DELETE /_sandbox/faults[/<platform>] back to the faults set by the environment
//   GET    /_sandbox/requests?platform=&since=   the request log;  DELETE clears it
//   GET    /_sandbox/orders/<platform>   the shop's order ids; POST {count?} places new orders;
//   PATCH  /_sandbox/orders/<platform>/<id> changes one; DELETE …/<id> deletes one (behind Orderdeck's back)
import { parseFaultRule } from "./fault-rules";
import type { FaultSettings } from "./faults";
import type { SandboxState } from "./server";
import { INVALID_JSON, type PlatformSlug, type SandboxResponse } from "./types";

function isPlatform(state: SandboxState, value: unknown): value is PlatformSlug {
  return typeof value === "string" && state.slots.has(value);
}

const RATE_KEYS = ["errorRate", "hangRate", "malformedRate"] as const;

function parseFaults(body: unknown): FaultSettings | string {
  if (body === INVALID_JSON || typeof body !== "object" || body === null) return "body must be a JSON object";
  const input = body as Record<string, unknown>;
  const faults: FaultSettings = {};
  for (const key of RATE_KEYS) {
    const value = input[key];
    if (value === undefined) continue;
    if (typeof value !== "number" || value < 0 || value > 1) return `${key} must be a number from 0 to 1`;
    faults[key] = value;
  }
  const latency = input.latencyMs;
  if (typeof latency === "number" && latency >= 0) faults.latencyMs = latency;
  else if (Array.isArray(latency) && latency.length === 2 && latency.every((n) => typeof n === "number" && n >= 0))
    faults.latencyMs = [latency[0] as number, latency[1] as number];
  else if (latency !== undefined) return "latencyMs must be a number or [min, max]";
  const limit = input.rateLimitPerSecond;
  if (limit === null || (typeof limit === "number" && limit >= 0)) faults.rateLimitPerSecond = limit;
  else if (limit !== undefined) return "rateLimitPerSecond must be a number or null";
  const paths = input.failPaths;
  if (Array.isArray(paths) && paths.every((p) => typeof p === "string" && p.length > 0))
    faults.failPaths = paths as string[];
  else if (paths !== undefined) return "failPaths must be a list of non-empty strings";
  if (input.rules !== undefined) {
    if (!Array.isArray(input.rules)) return "rules must be a list";
    const rules = input.rules.map(parseFaultRule);
    const problem = rules.find((rule) => typeof rule === "string");
    if (problem !== undefined) return problem;
    faults.rules = rules.filter((rule) => typeof rule !== "string");
  }
  return faults;
}

export function handleControl(
  state: SandboxState,
  method: string,
  path: string,
  query: URLSearchParams,
  body: unknown,
): SandboxResponse {
  const [, section = "", target] = path.split("/");
  if (section === "" && method === "GET") {
    const platforms = Object.fromEntries(
      [...state.slots].map(([id, slot]) => [id, { orders: slot.platform.orderCount(), faults: slot.faults }]),
    );
    return { status: 200, body: { options: state.options, platforms } };
  }
  if (section === "reset" && method === "POST") {
    const platform = (body as { platform?: unknown } | undefined)?.platform;
    if (platform !== undefined && !isPlatform(state, platform))
      return { status: 400, body: { error: "unknown platform" } };
    state.reset(platform);
    return { status: 200, body: { ok: true } };
  }
  if (section === "faults") {
    if (target !== undefined && !isPlatform(state, target)) return { status: 404, body: { error: "unknown platform" } };
    if (method === "DELETE") {
      state.clearFaults(target);
      return { status: 200, body: { ok: true } };
    }
    if (method === "PUT" && target) {
      const faults = parseFaults(body);
      if (typeof faults === "string") return { status: 400, body: { error: faults } };
      state.setFaults(target, faults);
      return { status: 200, body: { ok: true, faults } };
    }
  }
  if (section === "orders") return shopControl(state, method, path, body);
  if (section === "requests") {
    if (method === "GET") {
      const since = Number(query.get("since") ?? 0);
      return { status: 200, body: { requests: state.log.list({ platform: query.get("platform"), since }) } };
    }
    if (method === "DELETE") {
      state.log.clear();
      return { status: 200, body: { ok: true } };
    }
  }
  return { status: 404, body: { error: `no control route ${method} /_sandbox${path}` } };
}

/**
 * /_sandbox/orders/:platform — GET the ids; POST creates an order; PATCH …/:id changes one; DELETE …/:id deletes
 * one. The shop changes behind Orderdeck's back, as its own staff would change it.
 */
function shopControl(state: SandboxState, method: string, path: string, body: unknown): SandboxResponse {
  const [, , platform, id] = path.split("/");
  if (!isPlatform(state, platform)) return { status: 404, body: { error: "unknown platform" } };
  const shop = state.slots.get(platform)?.platform.shop;
  if (!shop) return { status: 404, body: { error: `${platform} has no shop controls` } };
  if (method === "GET" && !id) return { status: 200, body: { ids: shop.orderIds() } };
  if (method === "POST" && !id) {
    const count = Number((body as { count?: unknown } | undefined)?.count ?? 1);
    if (!Number.isInteger(count) || count < 1 || count > 1000)
      return { status: 400, body: { error: "count must be 1–1000" } };
    return { status: 201, body: { ids: Array.from({ length: count }, () => shop.createOrder()) } };
  }
  if (id && (method === "PATCH" || method === "DELETE")) {
    const done = method === "PATCH" ? shop.changeOrder(id) : shop.deleteOrder(id);
    return done ? { status: 200, body: { ok: true } } : { status: 404, body: { error: `no order ${id}` } };
  }
  return { status: 404, body: { error: `no control route ${method} /_sandbox${path}` } };
}
