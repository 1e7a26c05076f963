// The adapter against the MerchantPro sandbox over real HTTP: Basic auth, paging, sorts, the narrowing
// filters, one order, and the transport's failure modes (429, timeout, malformed JSON, 500).
import { describe, expect, it } from "vitest";
import { adapterHarness, placedWindow } from "../../testing/adapter-harness";
import { failure } from "../../testing/platform-failure";
import type { PlatformError } from "../errors";
import { DEFAULT_TIME_ZONE } from "./assumed";
import getOrderFixture from "./fixtures/get-order-12345001.json" with { type: "json" };
import { merchantProAdapter as adapter } from "./index";
import { toOrder } from "./mappers";

const harness = adapterHarness(adapter);
const { allOrders, connect, connectionTo, contextFor, query, walk } = harness;
const { clearLog, loggedParams, loggedRequests, sandboxPerFile, setFaults, startSandbox } = harness;

const sandbox = sandboxPerFile({}, { clearFaultsAfterEach: true });

describe("testConnection", () => {
  it("reads the smallest page with Basic auth", async () => {
    const { conn, ctx } = connect(sandbox());
    await clearLog(sandbox());
    await expect(adapter.testConnection(conn, ctx)).resolves.toBeUndefined();
    const [call] = await loggedRequests(sandbox());
    expect(call).toMatchObject({ method: "GET", path: "/api/v2/orders", status: 200 });
    expect(new URLSearchParams(call?.query).get("limit")).toBe("1");
  });

  it("reports a wrong secret (401) and then the lockout (403) as auth, in MerchantPro's words", async () => {
    // Its own sandbox: repeated bad attempts lock the client out, which would fail every later test.
    const locked = await startSandbox();
    try {
      const conn = connectionTo(locked, { credentials: { apiKey: "mp-sandbox-key-2b81", apiSecret: "wrong-secret" } });
      const error = await failure(adapter.testConnection(conn, contextFor(conn)));
      expect(error).toMatchObject({ kind: "auth", message: "Invalid API key or secret.", details: { status: 401 } });
      for (let i = 0; i < 4; i++) await failure(adapter.testConnection(conn, contextFor(conn)));
      const good = connectionTo(locked);
      const lockout = await failure(adapter.testConnection(good, contextFor(good)));
      expect(lockout).toMatchObject({ kind: "auth", details: { status: 403 } });
      expect(lockout.message).toBe("Too many failed authentication attempts; try again later.");
    } finally {
      await locked.stop();
    }
  });
});

describe("listOrders", () => {
  it("pages with start/limit: no duplicate, no gap against the platform's total", async () => {
    const { conn, ctx } = connect(sandbox());
    const { orders: everything, total } = await walk(conn, ctx);
    const { orders: paged, pages } = await walk(conn, ctx, { limit: 7 });
    expect(pages).toBeGreaterThan(5);
    expect(total).toBeGreaterThan(60);
    expect(paged.length).toBe(total);
    expect(new Set(paged.map((order) => order.id)).size).toBe(paged.length);
    expect(new Set(paged.map((order) => order.id))).toEqual(new Set(everything.map((order) => order.id)));
    // include=line_items: list entries come with their lines.
    expect(everything.every((order) => order.lineCount > 0 && order.lines.length === order.lineCount)).toBe(true);
    expect(everything.find((order) => order.id === "64098294")?.lineCount).toBe(1);
  });

  it("sorts by placed date both ways", async () => {
    const { conn, ctx } = connect(sandbox());
    const desc = (await adapter.listOrders(conn, query({ limit: 100 }), null, ctx)).orders.map((o) => o.placedAt);
    const asc = (await adapter.listOrders(conn, query({ sort: "placed_asc" }), null, ctx)).orders.map(
      (o) => o.placedAt,
    );
    expect(desc).toEqual([...desc].sort().reverse());
    expect(asc).toEqual([...asc].sort());
    expect(asc[0]! < desc[0]!).toBe(true);
  });

  it("narrows by one status (shipping_status) and by a one-status stage", async () => {
    const { conn, ctx } = connect(sandbox());
    const everything = await allOrders(conn, ctx);
    await clearLog(sandbox());
    const shipped = await allOrders(conn, ctx, { statuses: ["shipped"] });
    expect(shipped.length).toBeGreaterThan(0);
    expect(shipped.length).toBe(everything.filter((order) => order.status.code === "shipped").length);
    for (const order of shipped) expect(order.status.code).toBe("shipped");
    const cancelled = await allOrders(conn, ctx, { stages: ["cancelled"] });
    expect(cancelled.length).toBe(everything.filter((order) => order.status.stage === "cancelled").length);
    for (const order of cancelled) expect(order.status.stage).toBe("cancelled");
    const sent = (await loggedParams(sandbox())).map((params) => params.get("shipping_status"));
    expect(sent).toContain("shipped");
    expect(sent).toContain("cancelled");
  });

  it("leaves a many-status stage to the orders service, and skips a call that cannot match", async () => {
    const { conn, ctx } = connect(sandbox());
    await clearLog(sandbox());
    const pending = await adapter.listOrders(conn, query({ stages: ["pending"] }), null, ctx);
    expect((await loggedParams(sandbox()))[0]?.has("shipping_status")).toBe(false);
    expect(pending.orders.some((order) => order.status.stage !== "pending")).toBe(true);
    await clearLog(sandbox());
    expect(await adapter.listOrders(conn, query({ stages: ["completed"] }), null, ctx)).toEqual({
      orders: [],
      next: null,
      total: 0,
    });
    expect(await loggedRequests(sandbox())).toEqual([]);
  });

  it("narrows by date (created_after/created_before) without losing an order of the window", async () => {
    const { conn, ctx } = connect(sandbox());
    const everything = await allOrders(conn, ctx);
    const { from, to } = placedWindow(everything, 3);
    await clearLog(sandbox());
    const narrowed = await allOrders(conn, ctx, { from, to });
    expect(narrowed.length).toBeLessThan(everything.length);
    const inWindow = everything.filter((order) => order.placedAt >= from && order.placedAt <= to);
    const got = new Set(narrowed.map((order) => order.id));
    for (const order of inWindow) expect(got.has(order.id)).toBe(true);
    const slackMs = 3 * 86_400_000;
    for (const order of narrowed) {
      expect(Date.parse(order.placedAt)).toBeGreaterThan(Date.parse(from) - slackMs);
      expect(Date.parse(order.placedAt)).toBeLessThan(Date.parse(to) + slackMs);
    }
    const [params] = await loggedParams(sandbox());
    expect(params?.get("created_after")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(params?.get("created_before")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe("getOrder", () => {
  it("reads the seed's 12345001 as the seed shows it", async () => {
    const { conn, ctx } = connect(sandbox());
    const order = await adapter.getOrder(conn, "12345001", ctx);
    const { raw: _raw, connectionId: _c, ...expected } = toOrder(getOrderFixture, conn.id, DEFAULT_TIME_ZONE);
    expect(order).toMatchObject(expected);
  });

  it("reports a missing order as not_found with MerchantPro's message", async () => {
    const { conn, ctx } = connect(sandbox());
    const error = await failure(adapter.getOrder(conn, "999", ctx));
    expect(error).toMatchObject({ kind: "not_found", message: "Order 999 was not found.", details: { status: 404 } });
    expect((await failure(adapter.getOrder(conn, "../orders", ctx))).kind).toBe("not_found");
  });
});

describe("failures", () => {
  it("waits out 429 + Retry-After, or reports rate_limited when the wait outlasts the deadline", async () => {
    await setFaults(sandbox(), { rateLimitPerSecond: 1 });
    const { conn, ctx } = connect(sandbox());
    const ids = ["12345001", "64098294", "69291306"];
    const orders = await Promise.all(ids.map((id) => adapter.getOrder(conn, id, ctx)));
    expect(orders.map((order) => order.id)).toEqual(ids);
    expect((await loggedRequests(sandbox())).some((entry) => entry.status === 429)).toBe(true);

    const hurried = connect(sandbox(), { timeoutMs: 600 });
    const results = await Promise.allSettled(ids.map((id) => adapter.getOrder(hurried.conn, id, hurried.ctx)));
    const limited = results.flatMap((r) => (r.status === "rejected" ? [r.reason as PlatformError] : []));
    expect(limited.length).toBeGreaterThan(0);
    expect(limited[0]).toMatchObject({ kind: "rate_limited", details: { status: 429, retryAfterSeconds: 1 } });
    expect(limited[0]?.message).toBe("Request was throttled.");
  });

  it("times out on a platform that never answers", async () => {
    await setFaults(sandbox(), { hangRate: 1 });
    const { conn, ctx } = connect(sandbox(), { timeoutMs: 500 });
    expect((await failure(adapter.listOrders(conn, query(), null, ctx))).kind).toBe("timeout");
  });

  it("reports malformed JSON as bad_response", async () => {
    await setFaults(sandbox(), { malformedRate: 1 });
    const { conn, ctx } = connect(sandbox());
    expect((await failure(adapter.listOrders(conn, query(), null, ctx))).kind).toBe("bad_response");
    expect((await failure(adapter.getOrder(conn, "12345001", ctx))).kind).toBe("bad_response");
  });

  it("reports a 500 as unavailable with the platform's message", async () => {
    await setFaults(sandbox(), { errorRate: 1 });
    const { conn, ctx } = connect(sandbox());
    const error = await failure(adapter.getOrder(conn, "12345001", ctx));
    expect(error).toMatchObject({ kind: "unavailable", message: "Internal Server Error", details: { status: 500 } });
  });
});

describe("statuses", () => {
  it("lists the eight shipping statuses with their stages", async () => {
    const { conn, ctx } = connect(sandbox());
    const statuses = await adapter.statuses(conn, ctx);
    expect(statuses.map((status) => `${status.code}:${status.stage}`)).toEqual([
      "temporary:pending",
      "awaiting:pending",
      "confirmed:processing",
      "in_process:processing",
      "shipped:shipped",
      "delivered:delivered",
      "returned:returned",
      "cancelled:cancelled",
    ]);
  });
});
