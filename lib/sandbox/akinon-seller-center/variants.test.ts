// The other readings of the docs (variant.ts): list orders and `?ordering=`, the undocumented filters
// (`order` on items, `id__in` on addresses) and a tenant without them, varied shapes, a shop without the seed's
// examples.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningSandbox } from "../core/server";
import { SEED_PAGES } from "./seed-examples";
import { brokenOrderIds } from "./shapes";
import { type Client, expectInvalid, type Page, startSellerCenter } from "./test-client";
import type { CustomerAddressWire, OrderItemWire, OrderWire } from "./types";

const running: RunningSandbox[] = [];
async function start(variant: Record<string, unknown>, count = 30): Promise<Client> {
  const { sandbox, api } = await startSellerCenter({ count, variant });
  running.push(sandbox);
  return api;
}
afterAll(() => Promise.all(running.map((sandbox) => sandbox.stop())));

const placed = (orders: OrderWire[]) => orders.map((order) => Date.parse(order.date_placed));
const ascending = (times: number[]) => times.every((time, i) => i === 0 || (times[i - 1] ?? 0) <= time);
const descending = (times: number[]) => ascending([...times].reverse());

describe("the order list's order", () => {
  let standard: Client;
  beforeAll(async () => {
    standard = await start({});
  });

  it("is newest first by default, and follows ?ordering= (unknown fields dropped, as DRF does)", async () => {
    expect(descending(placed(await standard.all<OrderWire>("/api/i1/orders/")))).toBe(true);
    const oldest = await standard.all<OrderWire>("/api/i1/orders/?ordering=date_placed");
    expect(ascending(placed(oldest))).toBe(true);
    const unknown = await standard.all<OrderWire>("/api/i1/orders/?ordering=colour,-date_placed");
    expect(descending(placed(unknown))).toBe(true);
    const byNumber = (await standard.all<OrderWire>("/api/i1/orders/?ordering=number")).map((order) => order.number);
    expect(byNumber).toEqual([...byNumber].sort());
  });

  it("is oldest first with listOrder oldest-first, which ignores ?ordering=", async () => {
    const api = await start({ listOrder: "oldest-first" });
    for (const query of ["", "?ordering=-date_placed"]) {
      const orders = await api.all<OrderWire>(`/api/i1/orders/${query}`);
      expect(orders).toHaveLength(32);
      expect(ascending(placed(orders))).toBe(true);
    }
  });

  it("is in no date order with listOrder unsorted", async () => {
    const times = placed(await (await start({ listOrder: "unsorted" })).all<OrderWire>("/api/i1/orders/"));
    expect(ascending(times) || descending(times)).toBe(false);
  });
});

describe("filters the seed does not list", () => {
  it("reads addresses by id__in, and refuses a value that is not a UUID", async () => {
    const api = await start({});
    const some = (await api.json<Page<CustomerAddressWire>>("/api/i1/customer-addresses/?limit=5")).results;
    const ids = some.slice(0, 3).map((address) => address.id);
    const found = await api.json<Page<CustomerAddressWire>>(`/api/i1/customer-addresses/?id__in=${ids.join(",")}`);
    expect(found.results.map((address) => address.id).sort()).toEqual([...ids].sort());
    await expectInvalid(api, "/api/i1/customer-addresses/?id__in=abc", { id__in: ["Enter a valid UUID."] });
  });

  it("are ignored with ignoreUnknownFilters: items by `order`, addresses by `id__in`, `?ordering=`", async () => {
    const api = await start({ ignoreUnknownFilters: true });
    const order = (await api.json<Page<OrderWire>>("/api/i1/orders/?limit=1")).results[0];
    const everyItem = await api.json<Page<OrderItemWire>>("/api/i1/order-items/");
    const byOrder = await api.json<Page<OrderItemWire>>(`/api/i1/order-items/?order=${order?.id}`);
    expect(byOrder.count).toBe(everyItem.count);
    const byNumber = await api.all<OrderItemWire>(`/api/i1/order-items/?order__number=${order?.number}`);
    expect(byNumber.length).toBeGreaterThan(0);
    expect(byNumber.every((item) => item.order === order?.id)).toBe(true);
    const addresses = await api.json<Page<CustomerAddressWire>>("/api/i1/customer-addresses/");
    const byIds = await api.json<Page<CustomerAddressWire>>(
      `/api/i1/customer-addresses/?id__in=${order?.billing_address}`,
    );
    expect(byIds.count).toBe(addresses.count);
    const oldest = await api.all<OrderWire>("/api/i1/orders/?ordering=date_placed");
    expect(descending(placed(oldest))).toBe(true);
  });
});

describe("varied shapes", () => {
  it("sends other shapes of the same records, the seed's examples verbatim, and two broken orders", async () => {
    const api = await start({ shapes: "varied" });
    const orders = await api.all<Record<string, unknown>>("/api/i1/orders/");
    expect(orders).toHaveLength(32);
    expect(orders).toContainEqual(SEED_PAGES.orders.results[0]);
    expect(orders.some((order) => typeof order.amount === "number")).toBe(true);
    expect(orders.some((order) => typeof order.billing_address === "object")).toBe(true);
    expect(orders.some((order) => typeof order.amount === "object")).toBe(true);
    expect(orders.filter((order) => order.amount === "six hundred")).toHaveLength(1);
    expect(orders.filter((order) => order.date_placed === "yesterday")).toHaveLength(1);
    const items = await api.all<Record<string, unknown>>("/api/i1/order-items/");
    expect(items.some((item) => typeof item.order === "object")).toBe(true);
    expect(items.some((item) => item.price === "n/a")).toBe(true);
    expect(items).toContainEqual(SEED_PAGES.orderItems.results[0]);
  });

  it("names its broken orders only when the shop has enough of them", async () => {
    const { generateStore } = await import("./data");
    const options = { seed: 1, count: 2, tokenTtlSeconds: 60, now: Date.UTC(2025, 0, 1) };
    expect(brokenOrderIds(generateStore(options, { seedExamples: false }))).toEqual({ noAmount: null, noDate: null });
  });
});

describe("a shop without the seed's examples", () => {
  it("holds exactly the generated orders, none at all with count 0", async () => {
    expect((await (await start({ seedExamples: false }, 0)).json<Page<OrderWire>>("/api/i1/orders/")).count).toBe(0);
    expect((await (await start({ seedExamples: false }, 11)).json<Page<OrderWire>>("/api/i1/orders/")).count).toBe(11);
    expect((await (await start({}, 0)).json<Page<OrderWire>>("/api/i1/orders/")).count).toBe(2);
  });
});
