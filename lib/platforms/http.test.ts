// The transport over real HTTP: a node:http server on 127.0.0.1 plays the platform (allowPrivate: true,
// since it is loopback), counting calls and in-flight requests so each behaviour is observed, not assumed.
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { PlatformError } from "./errors";
import { createUpstream, type UpstreamOptions } from "./http";

const KEY = "mp_key_4f9a2c";
const SECRET = "mp_secret_77d1e0b3";
const BASIC = Buffer.from(`${KEY}:${SECRET}`).toString("base64");

const hits = new Map<string, number>();
const arrivals: number[] = [];
let inFlight = 0;
let maxInFlight = 0;
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://x");
  const count = (hits.get(url.pathname) ?? 0) + 1;
  hits.set(url.pathname, count);
  const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify(body));
  };
  switch (url.pathname) {
    case "/ok":
      return json(200, { ok: true, accept: req.headers.accept, query: url.search });
    case "/slow":
      await delay(1_500);
      return json(200, { late: true });
    case "/flaky":
      return count <= 2 ? json(503, { detail: "busy" }) : json(200, { attempt: count });
    case "/always-503":
      return json(503, { detail: "down" });
    case "/retry-after-1":
      return count === 1 ? json(429, { detail: "slow down" }, { "retry-after": "1" }) : json(200, { attempt: count });
    case "/retry-after-30":
      return json(429, { detail: "slow down" }, { "retry-after": "30" });
    case "/inflight": {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await delay(80);
      inFlight -= 1;
      return json(200, {});
    }
    case "/rate":
      arrivals.push(performance.now());
      return json(200, {});
    case "/shared":
      await delay(100);
      return json(200, { hit: count, token: req.headers["x-variant"] ?? null });
    case "/redirect-away":
      res.writeHead(302, { location: "https://evil.example/steal" });
      return void res.end();
    case "/redirect-home":
      res.writeHead(301, { location: "/ok" });
      return void res.end();
    case "/not-json":
      res.writeHead(200, { "content-type": "application/json" });
      return void res.end("<html>oops");
    case "/echo-auth":
      // A platform error page that echoes what it was sent, credentials included.
      return json(500, { error: `bad request with ${req.headers.authorization} / token=${req.headers["api-token"]}` });
    case "/echo-basic":
      return json(500, { error: `seen Basic ${BASIC} (key ${KEY})` });
    default:
      return json(404, { detail: "no route" });
  }
}

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  hits.clear();
  arrivals.length = 0;
  maxInFlight = 0;
});

// A fresh connection id per upstream unless given: limits and coalescing are shared per connection id.
function upstream(overrides: Partial<UpstreamOptions> = {}) {
  return createUpstream({
    connectionId: randomUUID(),
    platformLabel: "TestShop",
    baseUrl: base,
    secrets: [KEY, SECRET],
    requestsPerSecond: 1_000,
    concurrency: 50,
    allowPrivate: true,
    ...overrides,
  });
}

async function rejection(promise: Promise<unknown>): Promise<PlatformError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PlatformError);
  return error as PlatformError;
}

describe("upstream transport", () => {
  it("asks for JSON, encodes the query and returns the answer", async () => {
    const up = upstream();
    const res = await up.request({ method: "GET", path: "/ok", query: { a: 1, b: true, c: null, d: undefined } });
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ ok: true, accept: "application/json", query: "?a=1&b=true" });
    expect(up.timings).toEqual([{ label: "GET /ok", status: 200, durationMs: expect.any(Number) }]);
  });

  it("throws a timeout when the platform does not answer before the deadline", async () => {
    const up = upstream({ timeoutMs: 300 });
    const started = performance.now();
    const error = await rejection(up.request({ method: "GET", path: "/slow" }));
    expect(error.kind).toBe("timeout");
    expect(error.message).toBe("TestShop did not answer within 0.3 s");
    expect(performance.now() - started).toBeLessThan(1_400);
    expect(up.timings.at(-1)?.status).toBe("error");
  });

  it("rejects with the caller's own reason when the caller cancels", async () => {
    const controller = new AbortController();
    const pending = upstream().request({ method: "POST", path: "/slow" }, controller.signal);
    setTimeout(() => controller.abort(new Error("user left")), 50);
    await expect(pending).rejects.toThrow("user left");
  });

  it("retries a GET on 503 and succeeds, one timing per attempt", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const up = upstream();
    const res = await up.request({ method: "GET", path: "/flaky" });
    warn.mockRestore();
    expect(res.status).toBe(200);
    expect(hits.get("/flaky")).toBe(3);
    expect(up.timings.map((t) => t.status)).toEqual([503, 503, 200]);
  });

  it("never retries a POST: the 503 goes back to the adapter after one call", async () => {
    const up = upstream();
    const res = await up.request({ method: "POST", path: "/always-503", body: { cancel: true } });
    expect(res.status).toBe(503);
    expect(hits.get("/always-503")).toBe(1);
  });

  it("honours Retry-After on 429 when it fits in the deadline", async () => {
    const started = performance.now();
    const res = await upstream().request({ method: "GET", path: "/retry-after-1" });
    const elapsed = performance.now() - started;
    expect(res.status).toBe(200);
    expect(hits.get("/retry-after-1")).toBe(2);
    expect(elapsed).toBeGreaterThanOrEqual(990);
    expect(elapsed).toBeLessThan(3_000);
  });

  it("returns the 429 at once when Retry-After outlasts the deadline", async () => {
    const started = performance.now();
    const res = await upstream().request({ method: "GET", path: "/retry-after-30" });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("30");
    expect(hits.get("/retry-after-30")).toBe(1);
  });

  it("keeps at most `concurrency` requests in flight, across every Upstream of the connection", async () => {
    const connectionId = randomUUID();
    const a = upstream({ connectionId, concurrency: 3 });
    const b = upstream({ connectionId, concurrency: 3 });
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).request({ method: "GET", path: "/inflight", query: { i } })),
    );
    expect(hits.get("/inflight")).toBe(10);
    expect(maxInFlight).toBe(3);
  });

  it("spaces requests to the connection's rate: N requests take at least (N-1)/rate seconds", async () => {
    const up = upstream({ requestsPerSecond: 5 });
    const started = performance.now();
    await Promise.all(Array.from({ length: 6 }, (_, i) => up.request({ method: "GET", path: "/rate", query: { i } })));
    expect(performance.now() - started).toBeGreaterThanOrEqual(980);
    const first = arrivals[0] ?? 0;
    expect((arrivals.at(-1) ?? 0) - first).toBeGreaterThanOrEqual(950);
  });

  it("lets an interactive call of a connection go before its queued background (sync) calls", async () => {
    const connectionId = randomUUID();
    const sync = upstream({ connectionId, requestsPerSecond: 10, concurrency: 1, priority: "background" });
    const person = upstream({ connectionId, requestsPerSecond: 10, concurrency: 1 });
    const finished: string[] = [];
    const backgrounds = Array.from({ length: 8 }, (_, i) =>
      sync.request({ method: "GET", path: "/rate", query: { b: i } }).then(() => finished.push(`b${i}`)),
    );
    await delay(20);
    await person.request({ method: "GET", path: "/rate", query: { p: 1 } }).then(() => finished.push("p"));
    await Promise.all(backgrounds);
    // The background call already started finishes first; the person's comes next, not after all eight.
    expect(finished.indexOf("p")).toBeLessThanOrEqual(2);
  });

  it("coalesces identical concurrent GETs into one upstream call", async () => {
    const up = upstream();
    const answers = await Promise.all(Array.from({ length: 10 }, () => up.request({ method: "GET", path: "/shared" })));
    expect(hits.get("/shared")).toBe(1);
    for (const res of answers) expect(res.json()).toEqual({ hit: 1, token: null });
    // Other headers (e.g. another token) are another call; so is a later call once the first has landed.
    await up.request({ method: "GET", path: "/shared", headers: { "x-variant": "b" } });
    await up.request({ method: "GET", path: "/shared" });
    expect(hits.get("/shared")).toBe(3);
  });

  it("lets one caller leave a shared GET without cancelling it for the others", async () => {
    const up = upstream();
    const controller = new AbortController();
    const leaving = up.request({ method: "GET", path: "/shared" }, controller.signal);
    const staying = [up.request({ method: "GET", path: "/shared" }), up.request({ method: "GET", path: "/shared" })];
    setTimeout(() => controller.abort(new Error("navigated away")), 20);
    await expect(leaving).rejects.toThrow("navigated away");
    for (const res of await Promise.all(staying)) expect(res.json()).toEqual({ hit: 1, token: null });
    expect(hits.get("/shared")).toBe(1);
  });

  it("applies changed limits to the connection's next Upstreams", async () => {
    const connectionId = randomUUID();
    await upstream({ connectionId, concurrency: 1 }).request({ method: "GET", path: "/inflight" });
    const wider = upstream({ connectionId, concurrency: 4 });
    await Promise.all(
      Array.from({ length: 8 }, (_, i) => wider.request({ method: "GET", path: "/inflight", query: { i } })),
    );
    expect(maxInFlight).toBe(4);
  });

  it("refuses redirects, to another host or the same one", async () => {
    const up = upstream();
    const away = await rejection(up.request({ method: "GET", path: "/redirect-away" }));
    expect(away.kind).toBe("network");
    expect(away.message).toBe("TestShop redirected to evil.example — redirects are not followed");
    const home = await rejection(up.request({ method: "GET", path: "/redirect-home" }));
    expect(home.message).toContain("redirects are not followed");
    expect(hits.get("/ok")).toBeUndefined();
  });

  it("accepts an absolute link on the base URL's origin only", async () => {
    const up = upstream();
    expect((await up.request({ method: "GET", path: `${base}/ok?page=2` })).status).toBe(200);
    const other = await rejection(up.request({ method: "GET", path: "https://evil.example/ok" }));
    expect(other.kind).toBe("network");
    await rejection(up.request({ method: "GET", path: "//evil.example/ok" }));
  });

  it("returns a malformed body and fails only on json(), as bad_response", async () => {
    const res = await upstream().request({ method: "GET", path: "/not-json" });
    expect(res.status).toBe(200);
    expect(res.text).toBe("<html>oops");
    expect(() => res.json()).toThrow(PlatformError);
    expect(() => res.json()).toThrow("TestShop returned a response that is not valid JSON");
  });

  it("names the reason when the platform cannot be reached", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const up = upstream({ baseUrl: `http://127.0.0.1:${port}`, maxRetries: 0 });
    const error = await rejection(up.request({ method: "GET", path: "/ok" }));
    expect(error.kind).toBe("network");
    expect(error.message).toMatch(/^TestShop cannot be reached: .*ECONNREFUSED/);
  });
});
