// availableActions against platforms.md section 6 for Omnitron, on the seed's orders put into each state.
import { describe, expect, it } from "vitest";
import type { Order } from "../../domain/order";
import { availableActions } from "./actions";
import list from "./fixtures/orders-list.json" with { type: "json" };
import { parseOrder, toOrder } from "./mappers";

const seed = list.results[1]!; // two items: "550" and "450"

/** The seed's order 2 with the given order status, item statuses and ERP flag. */
function orderIn(status: string, items: string[], isSend = true): Order {
  const template = seed.orderitem_set[0]!;
  const orderitem_set = items.map((itemStatus, index) => ({ ...template, id: 10 + index, status: itemStatus }));
  const raw = { ...seed, status, is_send: isSend, orderitem_set };
  return toOrder(parseOrder(raw), raw, "c");
}

const keys = (order: Order) => availableActions(order).map((action) => action.key);

describe("availableActions (section 6)", () => {
  it("offers 'Mark as sent to ERP' only while is_send is false", () => {
    expect(keys(orderIn("400", ["400"], false))).toContain("mark-exported");
    expect(keys(orderIn("400", ["400"], true))).not.toContain("mark-exported");
    const action = availableActions(orderIn("550", ["550"], false)).find((a) => a.type === "mark-exported");
    expect(action).toEqual({
      key: "mark-exported",
      type: "mark-exported",
      label: "Mark as sent to ERP",
      destructive: false,
    });
  });

  it.each(["200", "300", "350", "400"])("offers 'Create invoice' for items at %s, asking for the number", (status) => {
    const action = availableActions(orderIn(status, [status])).find((a) => a.type === "create-invoice");
    expect(action).toMatchObject({ label: "Create invoice", requires: ["invoiceNumber"], status: { code: "450" } });
  });

  it("offers 'Add tracking number' for items at 450 only, asking for number and carrier", () => {
    const action = availableActions(orderIn("450", ["450"])).find((a) => a.type === "add-tracking");
    expect(action).toMatchObject({ label: "Add tracking number", requires: ["trackingNumber", "carrier"] });
    expect(keys(orderIn("400", ["400"]))).not.toContain("add-tracking");
    expect(keys(orderIn("500", ["500"]))).not.toContain("add-tracking");
  });

  it.each(["500", "510", "520", "540"])("offers 'Mark as delivered' for items at %s", (status) => {
    const action = availableActions(orderIn(status, [status])).find((a) => a.type === "set-status");
    expect(action).toEqual({
      key: "set-status:550",
      type: "set-status",
      label: "Mark as delivered",
      status: { code: "550", label: "Delivered" },
      intent: "deliver",
      destructive: false,
    });
  });

  it("offers no delivery for items already delivered, at 450 or at 544", () => {
    for (const status of ["550", "450", "544"]) expect(keys(orderIn(status, [status]))).not.toContain("set-status:550");
  });

  it("offers a destructive 'Cancel order' while the order is below 500 and not cancelled", () => {
    for (const status of ["50", "200", "300", "350", "400", "450"]) {
      const cancel = availableActions(orderIn(status, [status])).find((a) => a.type === "cancel");
      expect(cancel).toEqual({ key: "cancel", type: "cancel", label: "Cancel order", destructive: true });
    }
    for (const status of ["100", "500", "510", "550", "600"])
      expect(keys(orderIn(status, [status]))).not.toContain("cancel");
  });

  it("judges each item of a mixed order on its own", () => {
    expect(keys(orderIn("400", ["400", "450", "500"]))).toEqual([
      "create-invoice",
      "add-tracking",
      "set-status:550",
      "cancel",
    ]);
  });

  it("offers nothing on the seed's delivered order and the right pair on its preparing one", () => {
    const [first, second] = list.results.map((raw) => toOrder(parseOrder(raw), raw, "c"));
    expect(availableActions(first!)).toEqual([]);
    expect(keys(second!)).toEqual(["add-tracking", "cancel"]);
  });

  it("offers nothing for a cancelled order with cancelled items", () => {
    expect(availableActions(orderIn("100", ["100", "100"]))).toEqual([]);
  });
});
