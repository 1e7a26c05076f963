// The transport's failure modes as Seller Center shows them: re-login on 401 after the token expires,
// 429 with Retry-After, a timeout, malformed JSON and Django's HTML 500 page.
import { describe, expect, it } from "vitest";
import { SANDBOX_CREDENTIALS } from "../../sandbox/credentials";
import { adapterHarness } from "../../testing/adapter-harness";
import { failure } from "../../testing/platform-failure";
import { akinonSellerCenterAdapter as adapter } from "./index";

const { clearLog, connectionTo, contextFor, loggedRequests, query, sandboxPerFile, setFaults } =
  adapterHarness(adapter);
const BY_TOKEN = { credentials: { accessToken: SANDBOX_CREDENTIALS["akinon-seller-center"].accessToken } };

const sandbox = sandboxPerFile({ tokenTtlSeconds: 1 }, { clearFaultsAfterEach: true }); // access tokens live one second

const SEED_ORDER = "e819386c-b406-43dc-86c9-212ff633afe2";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("session", () => {
  it("logs in once more when the token expired, and the call succeeds", async () => {
    const conn = connectionTo(sandbox());
    const ctx = contextFor(conn);
    await adapter.testConnection(conn, ctx);
    await sleep(1_300);
    // simplejwt's exp is floor(now + lifetime): a 1 s token issued late in a second lives only until that second
    // ends, so the renewed one is issued early in a second to outlive the retried call.
    await sleep(1_000 - (Date.now() % 1_000));
    await clearLog(sandbox());
    await adapter.testConnection(conn, ctx);
    const log = await loggedRequests(sandbox());
    expect(log.map((entry) => [entry.method, entry.path, entry.status])).toEqual([
      ["GET", "/api/i1/orders/", 401],
      ["POST", "/api/i1/token/obtain/", 200],
      ["GET", "/api/i1/orders/", 200],
    ]);
  });
});

describe("rate limit", () => {
  it("waits out 429s with Retry-After and succeeds", async () => {
    await setFaults(sandbox(), { rateLimitPerSecond: 1 });
    const conns = [0, 1, 2].map(() => connectionTo(sandbox(), BY_TOKEN));
    await Promise.all(conns.map((conn) => adapter.testConnection(conn, contextFor(conn))));
    const log = await loggedRequests(sandbox());
    expect(log.some((entry) => entry.status === 429)).toBe(true);
  });

  it("surfaces rate_limited with the wait when it outlasts the deadline", async () => {
    await setFaults(sandbox(), { rateLimitPerSecond: 1 });
    const first = connectionTo(sandbox(), BY_TOKEN);
    await adapter.testConnection(first, contextFor(first));
    const conn = connectionTo(sandbox(), BY_TOKEN);
    const error = await failure(adapter.testConnection(conn, contextFor(conn, { timeoutMs: 900 })));
    expect(error.kind).toBe("rate_limited");
    expect(error.details.retryAfterSeconds).toBe(1);
    expect(error.message).toBe("Request was throttled. Expected available in 1 second.");
  });
});

describe("broken answers", () => {
  it("times out a hanging platform", async () => {
    await setFaults(sandbox(), { hangRate: 1 });
    const conn = connectionTo(sandbox(), BY_TOKEN);
    const error = await failure(adapter.listOrders(conn, query(), null, contextFor(conn, { timeoutMs: 500 })));
    expect(error.kind).toBe("timeout");
  });

  it("reports malformed JSON as bad_response", async () => {
    await setFaults(sandbox(), { malformedRate: 1 });
    const conn = connectionTo(sandbox(), BY_TOKEN);
    const error = await failure(adapter.getOrder(conn, SEED_ORDER, contextFor(conn)));
    expect(error.kind).toBe("bad_response");
  });

  it("reports Django's HTML 500 page in a short message", async () => {
    await setFaults(sandbox(), { errorRate: 1 });
    const conn = connectionTo(sandbox(), BY_TOKEN);
    const error = await failure(adapter.listOrders(conn, query(), null, contextFor(conn)));
    expect(error.kind).toBe("unavailable");
    expect(error.message).toBe("Akinon Seller Center answered 500 Internal Server Error");
  });

  it("reports one failing order's detail as unavailable", async () => {
    await setFaults(sandbox(), { failPaths: [SEED_ORDER] });
    const conn = connectionTo(sandbox(), BY_TOKEN);
    expect((await failure(adapter.getOrder(conn, SEED_ORDER, contextFor(conn)))).kind).toBe("unavailable");
  });
});
