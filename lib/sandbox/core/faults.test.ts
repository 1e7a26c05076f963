// Every fault knob, on every platform, through the control API and the environment.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSandbox } from "../testing";
import type { RunningSandbox } from "./server";
import { faultsFromEnv } from "./faults";
import { SANDBOX_PLATFORM_IDS, SANDBOX_PLATFORMS, type SandboxPlatformId } from "../platforms";

let sandbox: RunningSandbox;
/** Each platform's signed-in headers, taken before any fault is set: the faults would hit the login too. */
const headers = new Map<SandboxPlatformId, Record<string, string>>();
beforeAll(async () => {
  sandbox = await startTestSandbox({ count: 20 });
  for (const platform of SANDBOX_PLATFORM_IDS)
    headers.set(platform, await SANDBOX_PLATFORMS[platform].ownApi.headers(sandbox.baseUrl(platform)));
});
afterAll(async () => {
  await sandbox?.stop();
});

/** One cheap authenticated list request per platform, as its own API wants it. */
const listPath = (platform: SandboxPlatformId) => `/${SANDBOX_PLATFORMS[platform].ownApi.listProbe}`;

async function call(platform: SandboxPlatformId, signal?: AbortSignal): Promise<Response> {
  return fetch(`${sandbox.baseUrl(platform)}${listPath(platform)}`, { headers: headers.get(platform), signal });
}

async function setFaults(platform: SandboxPlatformId, faults: object): Promise<void> {
  const response = await fetch(`${sandbox.url}/_sandbox/faults/${platform}`, {
    method: "PUT",
    body: JSON.stringify(faults),
  });
  expect(response.status).toBe(200);
}

async function clearFaults(): Promise<void> {
  await fetch(`${sandbox.url}/_sandbox/faults`, { method: "DELETE" });
}

describe.each(SANDBOX_PLATFORM_IDS)("faults on %s", (platform) => {
  const django = ["ecom-md", "akinon-seller-center", "akinon-omnitron"].includes(platform);

  it("answers normally without faults", async () => {
    await clearFaults();
    expect((await call(platform)).status).toBe(200);
  });

  it("adds latency", async () => {
    await setFaults(platform, { latencyMs: 150 });
    const started = performance.now();
    expect((await call(platform)).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    await clearFaults();
  });

  it("fails with a 500 in the platform's own style", async () => {
    await setFaults(platform, { errorRate: 1 });
    const response = await call(platform);
    expect(response.status).toBe(500);
    expect(response.headers.get("content-type") ?? "").toContain(django ? "text/html" : "application/json");
    await clearFaults();
  });

  it("rate-limits with 429 and Retry-After", async () => {
    await setFaults(platform, { rateLimitPerSecond: 1 });
    const first = await call(platform);
    const second = await call(platform);
    expect([first.status, second.status]).toContain(429);
    const limited = first.status === 429 ? first : second;
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    await clearFaults();
  });

  it("never answers a hanging request", async () => {
    await setFaults(platform, { hangRate: 1 });
    await expect(call(platform, AbortSignal.timeout(400))).rejects.toThrow(/abort|timeout/i);
    await clearFaults();
  });

  it("sends malformed JSON", async () => {
    await setFaults(platform, { malformedRate: 1 });
    const response = await call(platform);
    expect(response.status).toBe(200);
    await expect(response.clone().json()).rejects.toThrow();
    await clearFaults();
  });

  it("fails requests whose path matches failPaths, and only those", async () => {
    await setFaults(platform, { failPaths: [listPath(platform).split("?")[0]!] });
    expect((await call(platform)).status).toBe(500);
    await setFaults(platform, { failPaths: ["/no/such/path"] });
    expect((await call(platform)).status).toBe(200);
    await clearFaults();
  });

  it.each([
    ["html-500", 500, "text/html"],
    ["bad-gateway", 502, "text/html"],
    ["unavailable", 503, django ? "text/html" : "application/json"],
    ["rate-limited", 429, "application/json"], // DRF throttles in JSON too
    ["malformed", 200, "application/json"],
    ["wrong-shape", 200, "application/json"],
  ])("answers the requests a %s rule matches with %i (%s), and only those", async (kind, status, type) => {
    await setFaults(platform, {
      rules: [{ kind, match: `GET ${listPath(platform).split("?")[0]!}`, retryAfterSeconds: 7 }],
    });
    const response = await call(platform);
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type") ?? "").toContain(type);
    if (kind === "rate-limited") expect(response.headers.get("retry-after")).toBe("7");
    const text = await response.text();
    if (kind === "html-500" || kind === "bad-gateway") expect(text).toMatch(/^<(!doctype )?html/i);
    if (kind === "malformed") expect(() => JSON.parse(text)).toThrow();
    if (kind === "wrong-shape") expect(JSON.parse(text)).toEqual({ unexpected: true });
    await setFaults(platform, { rules: [{ kind, match: "POST /no/such/path" }] });
    expect((await call(platform)).status).toBe(200);
    await clearFaults();
  });

  it("never answers the requests a hang rule matches; a wrong-shape rule sends the body it names", async () => {
    await setFaults(platform, { rules: [{ kind: "hang" }] });
    await expect(call(platform, AbortSignal.timeout(400))).rejects.toThrow(/abort|timeout/i);
    await setFaults(platform, { rules: [{ kind: "wrong-shape", body: [{ unexpected: true }] }] });
    expect(await (await call(platform)).json()).toEqual([{ unexpected: true }]);
    await clearFaults();
  });

  it("narrows a failPath to one method when the rule names it", async () => {
    const path = listPath(platform).split("?")[0]!;
    await setFaults(platform, { failPaths: [`POST ${path}`] });
    expect((await call(platform)).status).toBe(200);
    await setFaults(platform, { failPaths: [`GET ${path}`] });
    expect((await call(platform)).status).toBe(500);
    await clearFaults();
  });
});

describe("the control API", () => {
  it("refuses bad fault settings and unknown platforms", async () => {
    const bad = await fetch(`${sandbox.url}/_sandbox/faults/retailys`, {
      method: "PUT",
      body: JSON.stringify({ errorRate: 2 }),
    });
    expect(bad.status).toBe(400);
    const badRules = [
      { kind: "gremlins" },
      [{ kind: "gremlins" }],
      [{ kind: "hang", match: "" }],
      [{ kind: "rate-limited", retryAfterSeconds: -1 }],
    ];
    for (const rules of badRules) {
      const body = JSON.stringify({ rules });
      const refused = await fetch(`${sandbox.url}/_sandbox/faults/retailys`, { method: "PUT", body });
      expect(refused.status).toBe(400);
    }
    const unknown = await fetch(`${sandbox.url}/_sandbox/faults/shopify`, { method: "PUT", body: "{}" });
    expect(unknown.status).toBe(404);
  });

  it("logs requests per platform and resets state", async () => {
    await fetch(`${sandbox.url}/_sandbox/requests`, { method: "DELETE" });
    await call("retailys");
    const log = (await (await fetch(`${sandbox.url}/_sandbox/requests?platform=retailys`)).json()) as {
      requests: { method: string; path: string; status: number }[];
    };
    expect(log.requests).toEqual([expect.objectContaining({ method: "GET", path: "/v1/System/Orders", status: 200 })]);
    const state = (await (await fetch(`${sandbox.url}/_sandbox`)).json()) as {
      platforms: Record<string, { orders: number }>;
    };
    expect(Object.keys(state.platforms).sort()).toEqual([...SANDBOX_PLATFORM_IDS].sort());
    expect((await fetch(`${sandbox.url}/_sandbox/reset`, { method: "POST", body: "{}" })).status).toBe(200);
  });

  it("reads faults from the environment, per platform first", () => {
    const env = {
      SANDBOX_LATENCY_MS: "20-80",
      SANDBOX_RETAILYS_ERROR_RATE: "0.5",
      SANDBOX_ERROR_RATE: "0.1",
    } as unknown as NodeJS.ProcessEnv;
    expect(faultsFromEnv("retailys", env, 100)).toEqual({
      latencyMs: [20, 80],
      errorRate: 0.5,
      rateLimitPerSecond: 100,
    });
    expect(faultsFromEnv("merchantpro", env)).toEqual({
      latencyMs: [20, 80],
      errorRate: 0.1,
      rateLimitPerSecond: null,
    });
  });
});
