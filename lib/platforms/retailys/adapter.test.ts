// The adapter against the Retailys sandbox over real HTTP: connection check, every native filter, paging,
// one order, the statuses, and the transport's failure modes (429, timeout, malformed JSON, 500).
import { describe, expect, it } from "vitest";
import { SANDBOX_CREDENTIALS } from "../../sandbox/credentials";
import { adapterHarness, placedWindow } from "../../testing/adapter-harness";
import { failure } from "../../testing/platform-failure";
import { retailysAdapter as adapter } from "./index";

const { allOrders, connect, connectionTo, contextFor, loggedRequests, query, sandboxPerFile, setFaults } =
  adapterHarness(adapter);

const sandbox = sandboxPerFile({}, { clearFaultsAfterEach: true });

describe("testConnection", () => {
  it("reads one page with the token header", async () => {
    const { conn, ctx } = connect(sandbox());
    await expect(adapter.testConnection(conn, ctx)).resolves.toBeUndefined();
  });

  it("accepts a base URL that already ends in /v1 without doubling it", async () => {
    const conn = connectionTo(sandbox(), { baseUrl: `${sandbox().baseUrl("retailys")}/v1` });
    await expect(adapter.testConnection(conn, contextFor(conn))).resolves.toBeUndefined();
    const paths = (await loggedRequests(sandbox())).map((r) => r.path);
    expect(paths.some((p) => p.includes("/v1/v1"))).toBe(false);
  });

  it("reports a wrong key as auth with Retailys' own message", async () => {
    const conn = connectionTo(sandbox(), { credentials: { token: "not-the-key" } });
    const error = await failure(adapter.testConnection(conn, contextFor(conn)));
    expect(error).toMatchObject({
      kind: "auth",
      details: { status: 401 },
      message: "Unauthorized. — Invalid API key.",
    });
  });
});

describe("listOrders", () => {
  it("pages through everything with no duplicate and no gap", async () => {
    const { conn, ctx } = connect(sandbox());
    const first = await adapter.listOrders(conn, query({ limit: 10 }), null, ctx);
    expect(first.orders).toHaveLength(10);
    expect(first.next).toBe("2:10");
    const all = await allOrders(conn, ctx, { limit: 10 });
    expect(all).toHaveLength(first.total ?? -1);
    expect(new Set(all.map((o) => o.id)).size).toBe(all.length);
    const dates = all.map((o) => o.placedAt);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("filters by one status on the platform and by several here", async () => {
    const { conn, ctx } = connect(sandbox());
    const everything = await allOrders(conn, ctx);
    const sent = await allOrders(conn, ctx, { statuses: ["6"] });
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.length).toBeLessThan(everything.length);
    for (const order of sent) expect(order.status).toMatchObject({ code: "6", label: "Odeslána" });
    expect((await loggedRequests(sandbox())).some((r) => r.query.includes("status_id=6"))).toBe(true);

    const several = await allOrders(conn, ctx, { statuses: ["6", "8"] });
    expect(several.length).toBe(everything.filter((o) => ["6", "8"].includes(o.status.code)).length);
    expect(await allOrders(conn, ctx, { statuses: ["not-an-id"] })).toEqual([]);
  });

  it("filters by placed date with an explicit, encoded offset", async () => {
    const { conn, ctx } = connect(sandbox());
    const everything = await allOrders(conn, ctx);
    const { from, to } = placedWindow(everything);
    const between = await allOrders(conn, ctx, { from, to });
    expect(between.length).toBe(everything.filter((o) => o.placedAt >= from && o.placedAt <= to).length);
    expect(between.length).toBeLessThan(everything.length);
    for (const order of between) {
      expect(order.placedAt >= from && order.placedAt <= to).toBe(true);
    }
    const log = await loggedRequests(sandbox());
    expect(log.some((r) => /from=[^&]*%2B00%3A00/.test(r.query) && /to=[^&]*%2B00%3A00/.test(r.query))).toBe(true);
  });

  it("keeps to one sales channel when the connection names it", async () => {
    const conn = connectionTo(sandbox(), { options: { channelId: 2 } });
    const ctx = contextFor(conn);
    const channel = await allOrders(conn, ctx);
    const everything = await allOrders(connectionTo(sandbox()), ctx);
    expect(channel.length).toBeGreaterThan(0);
    expect(channel.length).toBeLessThan(everything.length);
    for (const order of channel) expect((order.raw as { channel: { id: number } }).channel.id).toBe(2);
  });

  it("narrows open stages with done=false&canceled=false without losing any", async () => {
    const { conn, ctx } = connect(sandbox());
    const open = ["pending", "processing", "shipped", "delivered"] as const;
    const isOpen = (stage: string) => (open as readonly string[]).includes(stage);
    const everything = await allOrders(conn, ctx);
    const narrowed = await allOrders(conn, ctx, { stages: [...open] });
    expect(narrowed.length).toBeLessThan(everything.length);
    expect(narrowed.filter((o) => isOpen(o.status.stage)).length).toBe(
      everything.filter((o) => isOpen(o.status.stage)).length,
    );
    expect((await loggedRequests(sandbox())).some((r) => r.query.includes("done=false&canceled=false"))).toBe(true);
  });
});

describe("getOrder and statuses", () => {
  it("reads a done CZK order with its tracking link (carrier named by the connection) and history", async () => {
    const conn = connectionTo(sandbox(), { options: { carriers: "PPL=2" } });
    const ctx = contextFor(conn);
    const order = await adapter.getOrder(conn, "100001", ctx);
    expect(order.status).toEqual({ code: "8", label: "Vyřízena", stage: "completed" });
    expect(order.totals.total).toEqual({ amount: "2197.00", currency: "CZK" });
    expect(order.lineCount).toBe(3);
    expect(order.shipping.tracking).toEqual([
      {
        number: "40512837461",
        carrier: "PPL",
        url: "https://www.ppl.cz/vyhledat-zasilku?shipmentId=40512837461",
      },
    ]);
    expect(order.extras.history).toHaveLength(8);
    expect(order.invoice?.url).toContain("/faktura/100001.pdf");
  });

  it("reads an EUR order awaiting payment", async () => {
    const { conn, ctx } = connect(sandbox());
    const order = await adapter.getOrder(conn, "100002", ctx);
    expect(order.status).toEqual({ code: "3", label: "Čeká na platbu", stage: "pending" });
    expect(order.totals.total).toEqual({ amount: "187.01", currency: "EUR" });
    expect(order.payment.status?.code).toBe("unpaid");
    expect(order.billingAddress?.company).toBe("Kaviareň Tatra s.r.o.");
    expect(order.extras.internalNotes?.[0]?.text).toContain("Košicích");
    expect(order.extras.facts).toContainEqual({ label: "Channel", value: "E-shop SK (#2)" });
  });

  it("reports a missing order as not_found with the platform's message; 'Statuses' is no order id", async () => {
    const { conn, ctx } = connect(sandbox());
    const missing = await failure(adapter.getOrder(conn, "999999", ctx));
    expect(missing).toMatchObject({ kind: "not_found", details: { status: 404 } });
    expect(missing.message).toContain("Order 999999 not found.");
    expect((await failure(adapter.getOrder(conn, "Statuses", ctx))).kind).toBe("not_found");
  });

  it("lists the instance's statuses with their stages", async () => {
    const { conn, ctx } = connect(sandbox());
    const statuses = await adapter.statuses(conn, ctx);
    expect(statuses).toHaveLength(10);
    expect(statuses[0]).toEqual({ code: "1", label: "Nová", stage: "pending" });
    expect(statuses.find((s) => s.code === "8")?.stage).toBe("completed");
    expect(statuses.find((s) => s.code === "9")?.stage).toBe("cancelled");
  });
});

describe("transport failures", () => {
  it("waits out 429 Retry-After and then succeeds", async () => {
    const conn = connectionTo(sandbox());
    // A loaded test machine may wake a timer a hair early and meet one more 429: allow a few more retries.
    const ctx = contextFor(conn, { maxRetries: 4 });
    await adapter.statuses(conn, ctx);
    await setFaults(sandbox(), { rateLimitPerSecond: 1 });
    const orders = await Promise.all(["100001", "100002"].map((id) => adapter.getOrder(conn, id, ctx)));
    expect(orders.map((o) => o.id)).toEqual(["100001", "100002"]);
    expect((await loggedRequests(sandbox())).some((r) => r.status === 429)).toBe(true);
  });

  it("surfaces rate_limited when the wait outlasts the deadline", async () => {
    await setFaults(sandbox(), { rateLimitPerSecond: 1 });
    // Spend this second's one request, so the next waits a whole second: more than the 900 ms deadline allows.
    await fetch(`${sandbox().baseUrl("retailys")}/v1/System/Orders`, { headers: SANDBOX_CREDENTIALS.retailys });
    const conn = connectionTo(sandbox());
    const error = await failure(adapter.testConnection(conn, contextFor(conn, { timeoutMs: 900 })));
    expect(error).toMatchObject({ kind: "rate_limited", details: { status: 429 } });
    expect(error.message).toContain("Too many requests.");
  });

  it("times out on a hanging platform", async () => {
    await setFaults(sandbox(), { hangRate: 1 });
    const conn = connectionTo(sandbox());
    const error = await failure(adapter.testConnection(conn, contextFor(conn, { timeoutMs: 500 })));
    expect(error.kind).toBe("timeout");
  });

  it("reports malformed JSON as bad_response", async () => {
    await setFaults(sandbox(), { malformedRate: 1 });
    const { conn, ctx } = connect(sandbox());
    expect((await failure(adapter.testConnection(conn, ctx))).kind).toBe("bad_response");
    expect((await failure(adapter.getOrder(conn, "100001", ctx))).kind).toBe("bad_response");
  });

  it("reports a 500 as unavailable with the platform's words", async () => {
    await setFaults(sandbox(), { errorRate: 1 });
    const conn = connectionTo(sandbox());
    const error = await failure(adapter.testConnection(conn, contextFor(conn, { maxRetries: 0 })));
    expect(error).toMatchObject({ kind: "unavailable", details: { status: 500 } });
    expect(error.message).toContain("Internal Server Error");
  });
});
