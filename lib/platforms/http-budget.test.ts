// An interactive request's whole wait on the platform (UpstreamOptions.budgetMs): however many calls a request
// needs, it answers within the budget, and a write that has not started when the budget runs out is never sent.
import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PlatformError } from "./errors";
import { createUpstream, type UpstreamOptions } from "./http";

let server: Server;
let base: string;
const writes: string[] = [];

beforeAll(async () => {
  // GET or POST /wait?ms=N answers after N ms; POSTs are counted when they arrive.
  server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    if (req.method === "POST") writes.push(url.search);
    setTimeout(
      () => res.end(JSON.stringify({ waited: url.searchParams.get("ms") })),
      Number(url.searchParams.get("ms")),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function upstream(overrides: Partial<UpstreamOptions> = {}) {
  return createUpstream({
    connectionId: randomUUID(),
    platformLabel: "TestShop",
    baseUrl: base,
    secrets: [],
    requestsPerSecond: 1_000,
    concurrency: 50,
    allowPrivate: true,
    timeoutMs: 10_000,
    ...overrides,
  });
}

const wait = (ms: number, method: "GET" | "POST" = "GET") => ({ method, path: "/wait", query: { ms } }) as const;

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (error: unknown) => error,
  );
}

describe("a request's budget", () => {
  it("is shared by the request's calls: the call that would outlast it is cut at the budget", async () => {
    const up = upstream({ budgetMs: 1_000 });
    const started = performance.now();
    await up.request(wait(400));
    await up.request(wait(400));
    const error = await rejection(up.request(wait(400)));
    expect(error).toBeInstanceOf(PlatformError);
    expect(error).toMatchObject({ kind: "timeout", message: "TestShop did not answer within 1 s" });
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    expect(performance.now() - started).toBeLessThan(1_300);
  });

  it("never sends a write that was still queued when the budget ran out", async () => {
    const connectionId = randomUUID();
    const busy = upstream({ connectionId, concurrency: 1 }).request(wait(800));
    await new Promise((resolve) => setTimeout(resolve, 50)); // the slow GET holds the connection's one slot
    const up = upstream({ connectionId, concurrency: 1, budgetMs: 300 });
    const error = await rejection(up.request({ ...wait(0, "POST"), query: { ms: 0, id: connectionId } }));
    expect(error).toMatchObject({ kind: "timeout", message: "TestShop did not answer within 0.3 s" });
    await busy;
    expect(writes).not.toContain(`?ms=0&id=${connectionId}`);
  });

  it("cuts a caller's wait on another caller's identical GET without cancelling it for the other", async () => {
    const connectionId = randomUUID();
    const patient = upstream({ connectionId }).request(wait(600));
    const hurried = upstream({ connectionId, budgetMs: 200 }).request(wait(600));
    expect(await rejection(hurried)).toMatchObject({
      kind: "timeout",
      message: "TestShop did not answer within 0.2 s",
    });
    expect((await patient).json()).toEqual({ waited: "600" });
  });

  it("is not there unless asked for: each call then has its own timeout", async () => {
    const up = upstream({ timeoutMs: 500 });
    await up.request(wait(300));
    await up.request(wait(300));
    expect((await up.request(wait(300))).status).toBe(200);
  });
});
