// The sandbox's HTTP core: one port, each platform under its own path prefix
// (http://127.0.0.1:4010/<platform-id>/...), plus the sandbox-only control API under /_sandbox.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { handleControl } from "./control";
import { answerByRule, requestMatches, ruleFor, truncateJson } from "./fault-rules";
import { drawLatency, type FaultSettings, faultsFromEnv, RateLimiter } from "./faults";
import { RequestLog } from "./request-log";
import {
  INVALID_JSON,
  type PlatformFactory,
  type PlatformOptions,
  type SandboxPlatform,
  type PlatformSlug,
  type SandboxRequest,
  type SandboxResponse,
} from "./types";

export interface SandboxConfig extends Partial<PlatformOptions> {
  port?: number;
  host?: string;
  /** The platforms to run; normally all five (lib/sandbox/platforms.ts). */
  factories: Partial<Record<PlatformSlug, PlatformFactory>>;
  /** Orders per platform where a platform should differ from `count` (small and uneven shops). */
  counts?: Partial<Record<PlatformSlug, number>>;
  /** Per platform, another plausible reading of its docs (see PlatformOptions.variant). */
  variants?: Partial<Record<PlatformSlug, Record<string, unknown>>>;
  env?: NodeJS.ProcessEnv;
}

export interface PlatformSlot {
  platform: SandboxPlatform;
  faults: FaultSettings;
  limiter: RateLimiter;
}

export interface SandboxState {
  options: PlatformOptions;
  slots: Map<PlatformSlug, PlatformSlot>;
  log: RequestLog;
  reset(platform?: PlatformSlug): void;
  setFaults(platform: PlatformSlug, faults: FaultSettings): void;
  clearFaults(platform?: PlatformSlug): void;
}

export interface RunningSandbox extends SandboxState {
  url: string;
  server: Server;
  /** The base URL a connection uses for one platform, e.g. http://127.0.0.1:4010/retailys */
  baseUrl(platform: PlatformSlug): string;
  stop(): Promise<void>;
}

const DEFAULT_OPTIONS: PlatformOptions = {
  seed: 20_260_101,
  count: 250,
  tokenTtlSeconds: 3600,
  // Generated dates are relative to the start of today (UTC), so a day's data is stable across restarts.
  now: new Date(new Date().toISOString().slice(0, 10)).getTime(),
};

function createState(config: SandboxConfig): SandboxState {
  const env = config.env ?? process.env;
  const options: PlatformOptions = {
    seed: config.seed ?? DEFAULT_OPTIONS.seed,
    count: config.count ?? DEFAULT_OPTIONS.count,
    tokenTtlSeconds: config.tokenTtlSeconds ?? DEFAULT_OPTIONS.tokenTtlSeconds,
    now: config.now ?? DEFAULT_OPTIONS.now,
  };
  const slots = new Map<PlatformSlug, PlatformSlot>();
  const ids = Object.keys(config.factories).filter((id) => config.factories[id]);
  const build = (id: PlatformSlug): PlatformSlot => {
    const platform = config.factories[id]!({
      ...options,
      count: config.counts?.[id] ?? options.count,
      variant: config.variants?.[id] ?? {},
    });
    const faults = slots.get(id)?.faults ?? faultsFromEnv(id, env, platform.documentedRateLimit ?? null);
    return { platform, faults, limiter: new RateLimiter() };
  };
  for (const id of ids) slots.set(id, build(id));
  return {
    options,
    slots,
    log: new RequestLog(),
    reset(platform) {
      for (const id of platform ? [platform] : ids) if (config.factories[id]) slots.set(id, build(id));
    },
    setFaults(platform, faults) {
      const slot = slots.get(platform);
      if (slot) slot.faults = faults;
    },
    clearFaults(platform) {
      for (const id of platform ? [platform] : ids) {
        const slot = slots.get(id);
        if (slot) slot.faults = faultsFromEnv(id, env, slot.platform.documentedRateLimit ?? null);
      }
    },
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function parseJson(raw: string): unknown {
  if (raw.trim() === "") return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return INVALID_JSON;
  }
}

function send(res: ServerResponse, response: SandboxResponse, malformed = false): void {
  const headers: Record<string, string> = { ...response.headers };
  let payload: string | undefined;
  if (response.raw !== undefined) {
    payload = response.raw;
    headers["content-type"] ??= response.contentType ?? "text/html; charset=utf-8";
  } else if (response.body !== undefined) {
    payload = JSON.stringify(response.body);
    if (malformed) payload = truncateJson(payload);
    headers["content-type"] ??= "application/json";
  }
  res.writeHead(response.status, headers);
  res.end(payload);
}

async function handlePlatform(
  state: SandboxState,
  id: PlatformSlug,
  slot: PlatformSlot,
  request: SandboxRequest,
  res: ServerResponse,
): Promise<number | "hang"> {
  const { faults, platform } = slot;
  const retryAfter = slot.limiter.take(faults.rateLimitPerSecond);
  if (retryAfter !== null) {
    const limited = platform.serverError(429, "Request was throttled.");
    send(res, { ...limited, headers: { ...limited.headers, "retry-after": String(retryAfter) } });
    return 429;
  }
  const latency = drawLatency(faults.latencyMs);
  if (latency > 0) await sleep(latency);
  const handle = async () => state.slots.get(id)!.platform.handle(request);
  const rule = ruleFor(faults.rules, request);
  if (rule) {
    const answer = await answerByRule(rule, platform, handle);
    if (answer === "hang") return "hang";
    send(res, answer);
    return answer.status;
  }
  if (faults.hangRate && Math.random() < faults.hangRate) return "hang";
  const failsByPath = faults.failPaths?.some((rule) => requestMatches(rule, request)) ?? false;
  if (failsByPath || (faults.errorRate && Math.random() < faults.errorRate)) {
    send(res, platform.serverError(500, "Internal Server Error"));
    return 500;
  }
  const response = await handle();
  const malformed = Boolean(
    faults.malformedRate && Math.random() < faults.malformedRate && response.body !== undefined,
  );
  send(res, malformed ? { ...response, status: 200 } : response, malformed);
  return malformed ? 200 : response.status;
}

export async function startSandbox(config: SandboxConfig): Promise<RunningSandbox> {
  const state = createState(config);
  const server = createServer(async (req, res) => {
    try {
      const host = req.headers.host ?? "127.0.0.1";
      const url = new URL(req.url ?? "/", `http://${host}`);
      const [, first = "", ...rest] = url.pathname.split("/");
      const rawBody = await readBody(req);
      if (first === "_sandbox") {
        send(
          res,
          handleControl(state, req.method ?? "GET", `/${rest.join("/")}`, url.searchParams, parseJson(rawBody)),
        );
        return;
      }
      const slot = state.slots.get(first as PlatformSlug);
      if (!slot) {
        send(res, { status: 404, body: { detail: `No sandbox platform at /${first}` } });
        return;
      }
      const id = first as PlatformSlug;
      const request: SandboxRequest = {
        method: req.method ?? "GET",
        path: `/${rest.join("/")}`,
        query: url.searchParams,
        headers: req.headers,
        rawBody,
        body: parseJson(rawBody),
        baseUrl: `http://${host}/${id}`,
      };
      const outcome = await handlePlatform(state, id, slot, request, res);
      state.log.add({ platform: id, method: request.method, path: request.path, query: url.search, status: outcome });
    } catch (error) {
      console.error("sandbox: unexpected error", error);
      if (!res.headersSent) send(res, { status: 500, body: { detail: "sandbox crashed" } });
    }
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(config.port ?? 0, config.host ?? "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host ?? "127.0.0.1"}:${port}`;
  return {
    ...state,
    url,
    server,
    baseUrl: (platform) => `${url}/${platform}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
