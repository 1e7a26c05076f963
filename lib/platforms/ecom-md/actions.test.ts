// availableActions per platforms.md section 6 (ecom-md): allowed and forbidden moves by status.
import { describe, expect, it } from "vitest";
import type { Order } from "../../domain/order";
import { availableActions } from "./actions";
import { DEFAULT_TIME_ZONE } from "./assumed";
import { ECOM_STATUSES, TRANSITIONS } from "./constants";
import { toOrder } from "./mappers";

function orderIn(status: string, itemIds: (number | null)[] = [1001, 1002]): Order {
  const order_items = itemIds.map((id) => ({
    ...(id === null ? {} : { id }),
    price: "10.00",
    quantity: 1,
    order_status: status,
  }));
  return toOrder(
    { id: 500, created_at: "2025-05-01T10:00:00+03:00", status, total_price: "20.00", order_items },
    "c",
    DEFAULT_TIME_ZONE,
  );
}

const keys = (order: Order) => availableActions(order).map((a) => a.key);
const options = (order: Order) =>
  availableActions(order)
    .find((a) => a.type === "set-status")
    ?.statusOptions?.map((o) => o.code);

describe("ecom-md availableActions", () => {
  it("new: change to confirmed, cancel (destructive), delete each item", () => {
    const order = orderIn("new");
    expect(keys(order)).toEqual(["set-status", "cancel", "delete-item:1001", "delete-item:1002"]);
    expect(options(order)).toEqual(["confirmed"]);
    const cancel = availableActions(order).find((a) => a.type === "cancel");
    expect(cancel).toMatchObject({ label: "Cancel order", destructive: true, status: { code: "canceled" } });
    const del = availableActions(order).find((a) => a.type === "delete-item");
    expect(del).toMatchObject({ label: "Delete item", lineId: "1001", destructive: true });
    expect(availableActions(order)[0]).toMatchObject({ label: "Change status", destructive: false });
  });

  it("confirmed: in_collection or cancel; items deletable", () => {
    expect(options(orderIn("confirmed"))).toEqual(["in_collection"]);
    expect(keys(orderIn("confirmed"))).toContain("cancel");
    expect(keys(orderIn("confirmed"))).toContain("delete-item:1001");
  });

  it("in_collection: collected / collected_with_changes, no cancel, items still deletable", () => {
    const order = orderIn("incollection");
    expect(options(order)).toEqual(["collected", "collected_with_changes"]);
    expect(keys(order)).not.toContain("cancel");
    expect(keys(order)).toContain("delete-item:1002");
  });

  it("on_delivery: done and the delivery outcomes; no item deletion", () => {
    const order = orderIn("on_delivery");
    expect(options(order)).toEqual([
      "done",
      "delivery_date_moved",
      "client_no_answer",
      "recipient_not_at_home",
      "customer_refusal",
    ]);
    expect(keys(order)).toEqual(["set-status"]);
  });

  it("every status offers exactly its section-6 moves; labels are readable", () => {
    for (const status of ECOM_STATUSES) {
      const order = orderIn(status);
      const allowed = TRANSITIONS[status];
      const offered = [...(options(order) ?? []), ...(keys(order).includes("cancel") ? ["canceled"] : [])];
      expect(offered.sort()).toEqual([...allowed].sort());
    }
    const option = availableActions(orderIn("done")).find((a) => a.type === "set-status")?.statusOptions?.[0];
    expect(option).toEqual({ code: "completed_and_closed", label: "Completed and closed" });
  });

  it("final statuses and unknown codes offer nothing", () => {
    for (const status of [
      "canceled",
      "completed_and_closed",
      "changed_and_closed",
      "returned_to_warehouse",
      "mystery",
    ]) {
      expect(availableActions(orderIn(status))).toEqual([]);
    }
  });

  it("an item without an id cannot be deleted", () => {
    expect(keys(orderIn("new", [null, 7]))).toEqual(["set-status", "cancel", "delete-item:7"]);
  });
});
