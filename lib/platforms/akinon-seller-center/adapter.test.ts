// The adapter against the Seller Center sandbox over real HTTP: both ways to log in, every native filter,
// paging, one order with its items, addresses and cancellation plans.
import { beforeAll, describe, expect, it } from "vitest";
import type { Order } from "../../domain/order";
import { SANDBOX_CREDENTIALS } from "../../sandbox/credentials";
import { adapterHarness } from "../../testing/adapter-harness";
import { failure } from "../../testing/platform-failure";
import { akinonSellerCenterAdapter as adapter } from "./index";

const { allOrders, clearLog, connect, connectionTo, contextFor, loggedRequests, query, sandboxPerFile, walk } =
  adapterHarness(adapter);
const { email, password, accessToken } = SANDBOX_CREDENTIALS["akinon-seller-center"];

const sandbox = sandboxPerFile();
let everything: Order[];
beforeAll(async () => {
  const conn = connectionTo(sandbox());
  everything = await allOrders(conn, contextFor(conn));
});

describe("testConnection", () => {
  it("logs in with email and password, or uses the access token, and reads one order", async () => {
    const both: Record<string, string>[] = [{ email, password }, { accessToken }];
    for (const credentials of both) {
      const conn = connectionTo(sandbox(), { credentials });
      await expect(adapter.testConnection(conn, contextFor(conn))).resolves.toBeUndefined();
    }
  });

  it("reports a wrong password as auth with Seller Center's own message", async () => {
    const conn = connectionTo(sandbox(), { credentials: { email, password: "wrong" } });
    const error = await failure(adapter.testConnection(conn, contextFor(conn)));
    expect(error.kind).toBe("auth");
    expect(error.message).toBe("No active account found with the given credentials");
  });

  it("reports a wrong access token as auth at once (no login to retry)", async () => {
    const conn = connectionTo(sandbox(), { credentials: { accessToken: "not-a-token" } });
    await clearLog(sandbox());
    const error = await failure(adapter.testConnection(conn, contextFor(conn)));
    expect(error.kind).toBe("auth");
    expect(error.message).toBe("Given token not valid for any token type");
    const log = await loggedRequests(sandbox());
    expect(log.map((entry) => entry.path)).toEqual(["/api/i1/orders/"]);
  });
});

describe("session", () => {
  it("logs in once per connection and shares the token between concurrent calls", async () => {
    const { conn, ctx } = connect(sandbox());
    await clearLog(sandbox());
    await Promise.all([
      adapter.testConnection(conn, ctx),
      adapter.listOrders(conn, query({ limit: 3 }), null, ctx),
      adapter.getOrder(conn, "e819386c-b406-43dc-86c9-212ff633afe2", ctx),
    ]);
    await adapter.testConnection(conn, ctx);
    const logins = (await loggedRequests(sandbox())).filter((entry) => entry.path === "/api/i1/token/obtain/");
    expect(logins).toHaveLength(1);
  });
});

describe("listOrders", () => {
  it("reads every order with its customer and its lines", () => {
    expect(everything).toHaveLength(62); // 60 generated + the seed's order + the seed plan's order
    for (const order of everything) {
      expect(order.customer.name).toBeTruthy();
      expect(order.lines.length).toBeGreaterThan(0);
      expect(order.lineCount).toBe(order.lines.length);
      expect(order.totals.total.currency).toMatch(/^[A-Z]{3}$/);
    }
  });

  it("pages with the next links: no duplicate, no gap vs. the total", async () => {
    const { conn, ctx } = connect(sandbox());
    const first = await adapter.listOrders(conn, query({ limit: 7 }), null, ctx);
    expect(first.orders).toHaveLength(7);
    expect(first.total).toBe(62);
    const { orders, pages } = await walk(conn, ctx, { limit: 7 });
    const ids = orders.map((order) => order.id);
    expect(pages).toBe(9);
    expect(ids).toHaveLength(62);
    expect(new Set(ids).size).toBe(62);
    expect(ids).toEqual(everything.map((order) => order.id));
  });

  it("reads a page's items in one ranged read and its addresses in one batch, as the detail shows them", async () => {
    const { conn, ctx } = connect(sandbox());
    await clearLog(sandbox());
    const page = await adapter.listOrders(conn, query({ limit: 20 }), null, ctx);
    const log = (await loggedRequests(sandbox())).filter((entry) => entry.method === "GET");
    const count = (path: string) => log.filter((entry) => entry.path === path).length;
    expect(count("/api/i1/orders/")).toBe(1);
    expect(count("/api/i1/order-items/")).toBe(1);
    expect(count("/api/i1/customer-addresses/")).toBe(1);
    for (const listed of page.orders.slice(0, 5)) {
      const detail = await adapter.getOrder(conn, listed.id, ctx);
      expect(listed.lines).toEqual(detail.lines);
      expect(listed.shippingAddress).toEqual(detail.shippingAddress);
      expect(listed.billingAddress).toEqual(detail.billingAddress);
    }
  });

  it("refuses a cursor it did not make (a link to another host, say) without calling anything", async () => {
    const { conn, ctx } = connect(sandbox());
    await clearLog(sandbox());
    const error = await failure(adapter.listOrders(conn, query(), "http://example.com/api/i1/orders/?page=2", ctx));
    expect(error.kind).toBe("bad_response");
    expect(await loggedRequests(sandbox())).toEqual([]);
  });
});

describe("getOrder", () => {
  it("reads the seed's order with its item and resolved address", async () => {
    const { conn, ctx } = connect(sandbox());
    const order = await adapter.getOrder(conn, "e819386c-b406-43dc-86c9-212ff633afe2", ctx);
    expect(order.number).toBe("45243493");
    expect(order.status).toEqual({ code: "100", label: "Approve Waiting", stage: "pending" });
    expect(order.totals.total).toEqual({ amount: "629.00", currency: "USD" });
    expect(order.lines.map((line) => [line.id, line.status?.code])).toEqual([
      ["33a11761-43bc-41d4-8f7f-1e860028367b", "600"],
    ]);
    expect(order.shippingAddress?.name).toBeTruthy();
    expect(order.billingAddress).toEqual(order.shippingAddress);
    expect(order.extras.cancellationPlans).toEqual([]);
  });

  it("shows the seed's cancellation plan on its order", async () => {
    const { conn, ctx } = connect(sandbox());
    const order = await adapter.getOrder(conn, "6e5877a9-5a03-48e6-8425-d4be178de83e", ctx);
    expect(order.extras.cancellationPlans).toContainEqual(
      expect.objectContaining({ id: "f0cf73ee-8e1e-4025-a03d-8499af3ee493", status: "Waiting", type: "Cancel" }),
    );
    expect(order.invoice?.number).toBe("1234");
  });

  it("finds an order by its number too, and reports an unknown one as not_found", async () => {
    const { conn, ctx } = connect(sandbox());
    expect((await adapter.getOrder(conn, "45243493", ctx)).id).toBe("e819386c-b406-43dc-86c9-212ff633afe2");
    const missing = await failure(adapter.getOrder(conn, "00000000-0000-4000-8000-000000000000", ctx));
    expect(missing.kind).toBe("not_found");
    expect(missing.message).toBe("Not found.");
    expect((await failure(adapter.getOrder(conn, "11111111", ctx))).kind).toBe("not_found");
  });

  it("sends Content-Type: application/json on GETs (else 415) — every logged call succeeded", async () => {
    const { conn, ctx } = connect(sandbox());
    await clearLog(sandbox());
    await adapter.getOrder(conn, "e819386c-b406-43dc-86c9-212ff633afe2", ctx);
    const log = await loggedRequests(sandbox());
    expect(log.length).toBeGreaterThanOrEqual(4);
    for (const entry of log) expect(entry.status).toBe(200);
  });
});

describe("statuses", () => {
  it("lists the nine item/order statuses with their stages", async () => {
    const { conn, ctx } = connect(sandbox());
    const statuses = await adapter.statuses(conn, ctx);
    expect(statuses.map((status) => status.code)).toEqual([
      "100",
      "200",
      "300",
      "400",
      "500",
      "600",
      "700",
      "800",
      "900",
    ]);
  });
});
