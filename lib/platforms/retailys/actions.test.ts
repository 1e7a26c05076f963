// availableActions for representative flag states (platforms.md section 6), from the neutral order alone.
import { describe, expect, it } from "vitest";
import { actionsFor } from "./actions";
import listPayload from "./fixtures/order-list.json" with { type: "json" };
import statusesPayload from "./fixtures/statuses.json" with { type: "json" };
import { mapOrder, parseOrder } from "./mappers";
import { statusListSchema } from "./schema";
import { toInstanceStatus } from "./statuses";

const statuses = statusListSchema.parse(statusesPayload).statuses.map(toInstanceStatus);
const base = listPayload.orders[1]!; // 5001: new, unpaid (1358 CZK), two lines

function orderWith(overrides: Record<string, unknown>) {
  const payload = { ...base, ...overrides };
  return mapOrder(parseOrder(payload), payload, {
    connectionId: "c",
    statuses,
    timeZone: "Europe/Prague",
    carriers: [],
  });
}

const keys = (overrides: Record<string, unknown>) => actionsFor(orderWith(overrides), statuses).map((a) => a.key);
const labels = (overrides: Record<string, unknown>) => actionsFor(orderWith(overrides), null).map((a) => a.label);

describe("availableActions", () => {
  it("offers everything but delivery on a new unpaid order", () => {
    expect(keys({})).toEqual([
      "set-status:sent",
      "set-status:done",
      "cancel",
      "mark-paid",
      "set-status",
      "add-tracking",
      "add-note",
      "add-item",
      "edit-item:9001",
      "delete-item:9001",
      "edit-item:9002",
      "delete-item:9002",
    ]);
  });

  it("uses the agreed button words, destructive only for cancel and delete", () => {
    const actions = actionsFor(orderWith({}), statuses);
    const byKey = new Map(actions.map((a) => [a.key, a]));
    expect(byKey.get("set-status:sent")).toMatchObject({ label: "Mark as shipped", status: { code: "sent" } });
    expect(byKey.get("set-status:done")).toMatchObject({ label: "Mark as done", status: { code: "done" } });
    expect(byKey.get("cancel")).toMatchObject({ label: "Cancel order", destructive: true });
    expect(byKey.get("mark-paid")).toMatchObject({ label: "Mark as paid", requires: ["amount"] });
    expect(byKey.get("add-tracking")).toMatchObject({ requires: ["trackingNumber", "carrier"] });
    expect(byKey.get("add-note")?.label).toBe("Add note");
    expect(byKey.get("add-item")?.label).toBe("Add item");
    expect(byKey.get("edit-item:9001")).toMatchObject({ label: "Edit item", lineId: "9001", destructive: false });
    expect(byKey.get("delete-item:9002")).toMatchObject({ label: "Delete item", lineId: "9002", destructive: true });
    expect(actions.filter((a) => a.destructive).map((a) => a.key)).toEqual([
      "cancel",
      "delete-item:9001",
      "delete-item:9002",
    ]);
  });

  it("lists the instance's other statuses under Change status", () => {
    const change = actionsFor(orderWith({}), statuses).find((a) => a.key === "set-status");
    expect(change?.label).toBe("Change status");
    expect(change?.statusOptions?.map((o) => o.code)).toEqual(["2", "3", "4", "5", "6", "7", "8", "9", "10"]);
    expect(change?.statusOptions?.[0]).toEqual({ code: "2", label: "Přijatá" });
  });

  it("leaves Change status out until the instance's statuses are known", () => {
    expect(labels({})).not.toContain("Change status");
  });

  it("on a sent order: delivered, done, cancel; no shipping again, no item changes", () => {
    expect(keys({ sent: true, status: 6 })).toEqual([
      "set-status:delivered",
      "set-status:done",
      "cancel",
      "mark-paid",
      "set-status",
      "add-tracking",
      "add-note",
    ]);
  });

  it("on a delivered, paid order: done and cancel only among the moves", () => {
    expect(keys({ sent: true, delivered: true, paid: 1358 })).toEqual([
      "set-status:done",
      "cancel",
      "set-status",
      "add-tracking",
      "add-note",
    ]);
  });

  it("on a done order: no done, no cancel; shipping still allowed when not sent", () => {
    const done = keys({ done: true, paid: 1358 });
    expect(done).not.toContain("set-status:done");
    expect(done).not.toContain("cancel");
    expect(done).toContain("set-status:sent");
    expect(done).not.toContain("mark-paid");
  });

  it("on a canceled order: only Change status", () => {
    expect(keys({ canceled: true, status: 9 })).toEqual(["set-status"]);
    expect(labels({ canceled: true })).toEqual([]);
  });

  it("offers Mark as paid only while paid < money", () => {
    expect(keys({ paid: 1000 })).toContain("mark-paid");
    expect(keys({ paid: 1358 })).not.toContain("mark-paid");
    expect(keys({ paid: 1358.01 })).not.toContain("mark-paid");
  });

  it("offers nothing for an order whose raw payload is not Retailys'", () => {
    const order = { ...orderWith({}), raw: { unexpected: true } };
    expect(actionsFor(order, statuses)).toEqual([]);
  });
});
