// The order list's live parts, as pure functions: what counts as new, where counting starts, how a changed
// order is laid over its row, and which events are the page's own.
import { describe, expect, it } from "vitest";
import type { LiveEvent, LiveOrderRef } from "@/lib/domain/live-events";
import type { OrderSummary } from "@/lib/domain/order";
import type { OrderListQuery } from "@/lib/domain/query";
import { parseOrderListSearch } from "../order-list-search";
import { beginOwnWrite, isOwnWrite, OWN_WRITE_GRACE_MS } from "./own-writes";
import { addsToList, newerSearch, newestPlaced } from "./use-new-orders";
import { patchOrder } from "./use-live-rows";

const C1 = "11111111-1111-4111-8111-111111111111";
const C2 = "22222222-2222-4222-8222-222222222222";
const query = (search: string): OrderListQuery => parseOrderListSearch(search);

const ref = (over: Partial<LiveOrderRef> = {}): LiveOrderRef => ({
  connectionId: C1,
  orderId: "o1",
  number: "1001",
  placedAt: "2026-12-04T10:00:00.000Z",
  stage: "shipped",
  statusLabel: "Shipped",
  customerName: "Jana Nováková",
  total: { amount: "120.50", currency: "CZK" },
  version: "v2",
  ...over,
});

const ordersEvent = (over: Partial<Extract<LiveEvent, { type: "orders" }>> = {}): LiveEvent => ({
  type: "orders",
  at: "2026-12-04T10:00:01.000Z",
  connectionId: C1,
  added: [ref()],
  addedCount: 1,
  changed: [],
  changedCount: 0,
  ...over,
});

describe("new orders", () => {
  it("counts from just after the newest order shown, with the list's filters and without its sort or page", () => {
    const search = newerSearch(
      query(`connection=${C1}&stage=pending&sort=total_desc&limit=25`),
      "2026-12-04T09:59:59.999Z",
    );
    const params = new URLSearchParams(search);
    expect(params.get("from")).toBe("2026-12-04T10:00:00.000Z");
    expect(params.get("connection")).toBe(C1);
    expect(params.get("stage")).toBe("pending");
    expect(params.has("sort") || params.has("limit") || params.has("cursor")).toBe(false);
  });

  it("keeps the filters' own later start, and counts everything the filters find when none was shown", () => {
    const later = query("from=2026-12-05T00:00:00Z");
    expect(new URLSearchParams(newerSearch(later, "2026-12-04T10:00:00.000Z")).get("from")).toBe(
      "2026-12-05T00:00:00Z",
    );
    expect(new URLSearchParams(newerSearch(later, null)).get("from")).toBe("2026-12-05T00:00:00Z");
    expect(newerSearch(query(""), null)).toBe("");
  });

  it("finds the newest placement whatever the order", () => {
    expect(newestPlaced([])).toBeNull();
    expect(
      newestPlaced([
        { placedAt: "2026-12-01T10:00:00Z" },
        { placedAt: "2026-12-04T10:00:00+02:00" },
        { placedAt: "2026-12-04T07:00:00Z" },
      ]),
    ).toBe("2026-12-04T10:00:00+02:00");
  });

  it("listens only to added orders of the listed shops", () => {
    expect(addsToList(ordersEvent(), query(""))).toBe(true);
    expect(addsToList(ordersEvent(), query(`connection=${C1},${C2}`))).toBe(true);
    expect(addsToList(ordersEvent(), query(`connection=${C2}`))).toBe(false);
    expect(addsToList(ordersEvent({ added: [], addedCount: 0, changed: [ref()], changedCount: 1 }), query(""))).toBe(
      false,
    );
    expect(addsToList({ type: "sync", at: "", connectionId: C1 }, query(""))).toBe(false);
  });
});

describe("changed rows", () => {
  const order = {
    connectionId: C1,
    id: "o1",
    number: "1001",
    status: { code: "new", label: "New", stage: "pending" },
    customer: { name: "Jana Nováková", email: null, phone: null },
    totals: { subtotal: null, shipping: null, discount: null, tax: null, total: { amount: "120.50", currency: "CZK" } },
  } as unknown as OrderSummary;

  it("takes the event's status, total and customer, and keeps the rest", () => {
    const patched = patchOrder(order, ref({ customerName: null, total: { amount: "99.00", currency: "CZK" } }));
    expect(patched.status).toEqual({ code: "new", label: "Shipped", stage: "shipped" });
    expect(patched.totals.total).toEqual({ amount: "99.00", currency: "CZK" });
    expect(patched.customer.name).toBe("Jana Nováková");
    expect(patched.number).toBe("1001");
  });

  it("gives back the same row when nothing shown differs", () => {
    expect(patchOrder(order, ref({ stage: "pending", statusLabel: "New" }))).toBe(order);
  });
});

describe("own writes", () => {
  it("are the page's own while running and for a grace period after", () => {
    const now = Date.now();
    expect(isOwnWrite("c9", "o9", now)).toBe(false);
    const end = beginOwnWrite("c9", "o9");
    const again = beginOwnWrite("c9", "o9");
    expect(isOwnWrite("c9", "o9", now + 60_000)).toBe(true);
    end();
    end();
    expect(isOwnWrite("c9", "o9", now + 60_000)).toBe(true); // the second one still runs
    again();
    const ended = Date.now();
    expect(isOwnWrite("c9", "o9", ended + OWN_WRITE_GRACE_MS - 100)).toBe(true);
    expect(isOwnWrite("c9", "o9", ended + OWN_WRITE_GRACE_MS + 1)).toBe(false);
    expect(isOwnWrite("c9", "other", ended)).toBe(false);
  });
});
