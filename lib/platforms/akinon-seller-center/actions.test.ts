// availableActions per section 6: "Reject item" per line while the item is below Packaged (400) and neither
// Cancelled (800) nor Rejected (900); nothing else is ever offered (orders are read-only).
import { describe, expect, it } from "vitest";
import { availableActions } from "./actions";
import addressesPage from "./fixtures/customer-addresses.json" with { type: "json" };
import itemsPage from "./fixtures/order-items.json" with { type: "json" };
import ordersPage from "./fixtures/orders.json" with { type: "json" };
import { toOrder } from "./mappers";
import { rawAddress, rawItem, rawOrder } from "./schema";

function orderWithItems(statuses: (number | string)[]) {
  const items = statuses.map((status, i) => ({ ...itemsPage.results[0], id: `item-${i}`, status }));
  const address = rawAddress.parse(addressesPage.results[0]);
  return toOrder(
    {
      order: rawOrder.parse(ordersPage.results[0]),
      items: items.map((item) => rawItem.parse(item)),
      plans: [],
      shipping: address,
      billing: address,
      raw: { order: ordersPage.results[0], orderItems: items },
    },
    "conn",
  );
}

const rejectable = (statuses: (number | string)[]) =>
  availableActions(orderWithItems(statuses)).map((action) => action.lineId);

describe("availableActions", () => {
  it("offers Reject item for Approve Waiting, Approved and Package Waiting items", () => {
    const actions = availableActions(orderWithItems([100, 200, 300]));
    expect(actions).toEqual(
      ["item-0", "item-1", "item-2"].map((lineId) => ({
        key: `reject-item:${lineId}`,
        type: "reject-item",
        label: "Reject item",
        lineId,
        destructive: true,
      })),
    );
  });

  it("offers nothing once an item is Packaged or later, cancelled, rejected or waiting for cancellation", () => {
    expect(rejectable([400, 500, 600, 700, 800, 900])).toEqual([]);
  });

  it("decides per line in a mixed order", () => {
    expect(rejectable([900, 200, 400, 100])).toEqual(["item-1", "item-3"]);
  });

  it("places an unknown code by its number, and never offers a reject for a code that is not one", () => {
    expect(rejectable([150, 450, "on_hold"])).toEqual(["item-0"]);
  });

  it("reads the item statuses from the raw payloads when they are there", () => {
    const order = orderWithItems([200]);
    const raw = { order: ordersPage.results[0], orderItems: [{ ...itemsPage.results[0], id: "item-0", status: 400 }] };
    expect(availableActions({ ...order, raw })).toEqual([]);
  });

  it("offers nothing for an order without lines (the seed's item is Delivered)", () => {
    expect(availableActions({ ...orderWithItems([]), raw: null })).toEqual([]);
    expect(rejectable([600])).toEqual([]);
  });
});
