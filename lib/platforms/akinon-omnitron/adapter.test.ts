// The adapter against the Omnitron sandbox over real HTTP: login, filters, paging, one order, and the
// transport's failure modes (re-login on 401, 429, timeout, malformed JSON, HTML 500).
import { describe, expect, it } from "vitest";
import { adapterHarness, placedWindow } from "../../testing/adapter-harness";
import { failure } from "../../testing/platform-failure";
import { akinonOmnitronAdapter as adapter } from "./index";

const harness = adapterHarness(adapter);
const { allOrders, connectionTo, contextFor, query, walk } = harness;
const { askedWith, loggedRequests, sandboxPerFile, setFaults, startSandbox } = harness;

const sandbox = sandboxPerFile({}, { clearFaultsAfterEach: true });

describe("testConnection", () => {
  it("logs in and reads one order", async () => {
    const conn = connectionTo(sandbox());
    await expect(adapter.testConnection(conn, contextFor(conn))).resolves.toBeUndefined();
  });

  it("reports a wrong password as auth with Omnitron's own message", async () => {
    const conn = connectionTo(sandbox(), { credentials: { username: "omnitron-sandbox", password: "wrong" } });
    const error = await failure(adapter.testConnection(conn, contextFor(conn)));
    expect(error.kind).toBe("auth");
    expect(error.message).toBe("Unable to log in with provided credentials.");
  });
});

describe("listOrders", () => {
  const conn = () => connectionTo(sandbox());

  it("filters by one status on the platform and by several here", async () => {
    const c = conn();
    const ctx = contextFor(c);
    const everything = await allOrders(c, ctx);
    const approved = await allOrders(c, ctx, { statuses: ["400"] });
    expect(approved.length).toBeGreaterThan(0);
    expect(approved.length).toBeLessThan(everything.length);
    for (const order of approved) expect(order.status.code).toBe("400");
    expect(await askedWith(sandbox(), "status", "400")).toBe(true);

    const several = await allOrders(c, ctx, { statuses: ["450", "550"] });
    expect(several.length).toBe(everything.filter((o) => ["450", "550"].includes(o.status.code)).length);
    for (const order of several) expect(["450", "550"]).toContain(order.status.code);
  });

  it("filters by placed date on the platform", async () => {
    const c = conn();
    const ctx = contextFor(c);
    const everything = await allOrders(c, ctx);
    const { from, to } = placedWindow(everything);
    const page = await adapter.listOrders(c, query({ from, to }), null, ctx);
    expect(page.orders.length).toBeGreaterThan(0);
    expect(page.orders.length).toBeLessThan(everything.length);
    expect(page.total).toBe(page.orders.length);
    for (const order of page.orders) {
      expect(order.placedAt >= from && order.placedAt <= to).toBe(true);
    }
    expect(await askedWith(sandbox(), "date_placed__gte", from)).toBe(true);
    expect(await askedWith(sandbox(), "date_placed__lte", to)).toBe(true);
  });

  it("narrows to the connection's channel option", async () => {
    const all = await allOrders(conn(), contextFor(conn()));
    const c = connectionTo(sandbox(), { options: { channel: "2" } });
    const trendyol = await allOrders(c, contextFor(c));
    expect(trendyol.length).toBeGreaterThan(0);
    expect(trendyol.length).toBeLessThan(all.length);
    for (const order of trendyol) expect(order.extras.facts).toContainEqual({ label: "Channel", value: "Trendyol" });
    expect(await askedWith(sandbox(), "channel", "2")).toBe(true);
  });

  it("pages through every order with the next links: no duplicate, no gap", async () => {
    const c = conn();
    const ctx = contextFor(c);
    const first = await adapter.listOrders(c, query({ limit: 7 }), null, ctx);
    expect(first.orders).toHaveLength(7);
    expect(first.total).toBe(62); // 60 generated + the seed's two
    const { orders, pages } = await walk(c, ctx, { limit: 7 });
    const ids = orders.map((order) => order.id);
    expect(pages).toBe(9);
    expect(new Set(ids).size).toBe(62);
    expect(ids).toHaveLength(62);
  });

  it("refuses a cursor that leads off the connection's order list, ours or the tenant's", async () => {
    const c = conn();
    const foreign = await failure(
      adapter.listOrders(c, query(), "http://example.com/api/i1/auth/login/", contextFor(c)),
    );
    expect(foreign.kind).toBe("network");
    const tampered = JSON.stringify({ walk: "next", path: "/api/v1/orders/5/", after: null });
    expect((await failure(adapter.listOrders(c, query(), tampered, contextFor(c)))).kind).toBe("network");
    expect((await failure(adapter.listOrders(c, query(), '{"walk":"sideways"}', contextFor(c)))).kind).toBe(
      "bad_response",
    );
  });

  it("filters 'not yet sent to the ERP' (and 'sent') on the platform with is_send", async () => {
    const c = conn();
    const ctx = contextFor(c);
    const everything = await allOrders(c, ctx);
    const waiting = await allOrders(c, ctx, { sentToErp: false });
    const sent = await allOrders(c, ctx, { sentToErp: true });
    expect(waiting.length).toBeGreaterThan(0);
    expect(waiting.every((order) => order.extras.sentToErp === false)).toBe(true);
    expect(sent.every((order) => order.extras.sentToErp === true)).toBe(true);
    expect(waiting.length + sent.length).toBe(everything.length);
    expect(await askedWith(sandbox(), "is_send", "False")).toBe(true);
    expect(await askedWith(sandbox(), "is_send", "True")).toBe(true);
    const first = await adapter.listOrders(c, query({ sentToErp: false, limit: 5 }), null, ctx);
    expect(first.total).toBe(waiting.length); // Omnitron counted what it filtered
  });
});

describe("listOrders behind a proxy: next links on another host", () => {
  for (const nextHost of ["http://internal-omnitron:8000", "http://internal-omnitron:8000/akinon-omnitron"]) {
    it(`pages through every order when next links name ${nextHost}`, async () => {
      const proxied = await startSandbox({ count: 40, variant: { nextHost, maxPageSize: 10 } });
      try {
        const c = connectionTo(proxied);
        const { orders } = await walk(c, contextFor(c), { limit: 7 });
        expect(orders).toHaveLength(42);
        expect(new Set(orders.map((order) => order.id)).size).toBe(42);
        // The last of the tenant's five pages was reached by its next link, on the connection's own host.
        const log = await loggedRequests(proxied);
        expect(log.some((entry) => new URLSearchParams(entry.query).get("page") === "5")).toBe(true);
      } finally {
        await proxied.stop();
      }
    });
  }
});

describe("getOrder", () => {
  it("reads the seed's order by id, and a missing one as not_found", async () => {
    const conn = connectionTo(sandbox());
    const ctx = contextFor(conn);
    const order = await adapter.getOrder(conn, "1", ctx);
    expect(order.number).toBe("1055565228112825");
    expect(order.totals.total).toEqual({ amount: "107.00", currency: "TRY" });
    const missing = await failure(adapter.getOrder(conn, "999999", ctx));
    expect(missing).toMatchObject({ kind: "not_found", message: "Not found." });
  });

  it("lists the platform's statuses with their stages", async () => {
    const conn = connectionTo(sandbox());
    const statuses = await adapter.statuses(conn, contextFor(conn));
    expect(statuses).toHaveLength(17);
    expect(statuses).toContainEqual({ code: "550", label: "Delivered", stage: "delivered" });
  });
});

describe("transport failures", () => {
  it("logs in again once when the token has expired", async () => {
    const short = await startSandbox({ tokenTtlSeconds: 1 });
    try {
      const conn = connectionTo(short);
      await adapter.testConnection(conn, contextFor(conn));
      await new Promise((resolve) => setTimeout(resolve, 1_200));
      const order = await adapter.getOrder(conn, "2", contextFor(conn));
      expect(order.id).toBe("2");
      const log = await loggedRequests(short);
      expect(log.filter((entry) => entry.path === "/api/i1/auth/login/")).toHaveLength(2);
      expect(log.map((entry) => entry.path).slice(-3)).toEqual([
        "/api/i1/orders/2/",
        "/api/i1/auth/login/",
        "/api/i1/orders/2/",
      ]);
    } finally {
      await short.stop();
    }
  });

  it("waits out 429 with Retry-After, or reports rate_limited past the deadline", async () => {
    const conn = connectionTo(sandbox());
    await adapter.testConnection(conn, contextFor(conn)); // the login, before the limit
    await setFaults(sandbox(), { rateLimitPerSecond: 1 });
    const ctx = contextFor(conn);
    const orders = await Promise.all(["1", "2", "3"].map((id) => adapter.getOrder(conn, id, ctx)));
    expect(orders.map((order) => order.id)).toEqual(["1", "2", "3"]);

    const hurried = contextFor(conn, { timeoutMs: 800 });
    await adapter.getOrder(conn, "4", hurried).catch(() => undefined); // spends this second's one request
    const error = await failure(adapter.getOrder(conn, "5", hurried));
    expect(error.kind).toBe("rate_limited");
    expect(error.details.retryAfterSeconds).toBeGreaterThanOrEqual(1);
  });

  it("times out on a platform that never answers", async () => {
    const conn = connectionTo(sandbox());
    await setFaults(sandbox(), { hangRate: 1 });
    const error = await failure(adapter.getOrder(conn, "1", contextFor(conn, { timeoutMs: 500 })));
    expect(error.kind).toBe("timeout");
  });

  it("reports malformed JSON as bad_response", async () => {
    const conn = connectionTo(sandbox());
    await adapter.testConnection(conn, contextFor(conn));
    await setFaults(sandbox(), { malformedRate: 1 });
    const error = await failure(adapter.getOrder(conn, "1", contextFor(conn)));
    expect(error.kind).toBe("bad_response");
  });

  it("reports Django's HTML 500 page in a few words", async () => {
    const conn = connectionTo(sandbox());
    await adapter.testConnection(conn, contextFor(conn));
    await setFaults(sandbox(), { errorRate: 1 });
    const error = await failure(adapter.listOrders(conn, query(), null, contextFor(conn)));
    expect(error).toMatchObject({ kind: "unavailable", message: "Akinon Omnitron answered 500 Internal Server Error" });
  });
});
