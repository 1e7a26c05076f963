// Every ECOM.md action against the sandbox: the state changes as re-read, refusals carry the platform's
// own message, and actions the platform lacks are "unsupported".
import { describe, expect, it } from "vitest";
import type { Order } from "../../domain/order";
import { adapterHarness } from "../../testing/adapter-harness";
import { failure } from "../../testing/platform-failure";
import { ecomMdAdapter as adapter } from "./index";

const { connect, performAndReread, sandboxPerFile } = adapterHarness(adapter);

const sandbox = sandboxPerFile({}, { resetBeforeEach: true });

async function firstIn(status: string, minLines = 1): Promise<Order> {
  const { conn, ctx } = connect(sandbox());
  const page = await adapter.listOrders(conn, { statuses: [status], sort: "placed_desc", limit: 100 }, null, ctx);
  const order = page.orders.find((o) => o.lines.length >= minLines);
  if (!order) throw new Error(`the sandbox has no ${status} order with ${minLines}+ lines`);
  return order;
}

describe("ecom-md perform", () => {
  it("Change status: an offered move, re-read (order and items follow)", async () => {
    const { conn, ctx } = connect(sandbox());
    const order = await firstIn("new");
    const change = adapter.availableActions(order).find((a) => a.type === "set-status");
    expect(change?.statusOptions?.map((o) => o.code)).toEqual(["confirmed"]);
    const after = await performAndReread(conn, order.id, { type: "set-status", status: "confirmed" }, ctx);
    expect(after.status).toEqual({ code: "confirmed", label: "Confirmed", stage: "processing" });
    expect(after.lines.every((l) => l.status?.code === "confirmed")).toBe(true);
    expect(after.lines.map((l) => l.id)).toEqual(order.lines.map((l) => l.id));
    expect(after.totals.total).toEqual(order.totals.total);
    const again = await adapter.getOrder(conn, order.id, ctx);
    expect(again.status.code).toBe("confirmed");
  });

  it("the seed's move: order 294 on_delivery → done, then a stripped-form status (completedandclosed)", async () => {
    const { conn, ctx } = connect(sandbox());
    expect((await performAndReread(conn, "294", { type: "set-status", status: "done" }, ctx)).status.stage).toBe(
      "delivered",
    );
    const closed = await performAndReread(conn, "294", { type: "set-status", status: "completedandclosed" }, ctx);
    expect(closed.status).toEqual({ code: "completed_and_closed", label: "Completed and closed", stage: "completed" });
    expect(adapter.availableActions(closed)).toEqual([]);
  });

  it("Cancel order", async () => {
    const { conn, ctx } = connect(sandbox());
    const order = await firstIn("confirmed");
    expect(adapter.availableActions(order).some((a) => a.type === "cancel")).toBe(true);
    const after = await performAndReread(conn, order.id, { type: "cancel", reason: "customer asked" }, ctx);
    expect(after.status).toMatchObject({ code: "canceled", stage: "cancelled" });
  });

  it("Delete item: the line is gone when re-read", async () => {
    const { conn, ctx } = connect(sandbox());
    const order = await firstIn("new", 2);
    const line = order.lines[0]!;
    expect(adapter.availableActions(order).some((a) => a.key === `delete-item:${line.id}`)).toBe(true);
    const after = await performAndReread(conn, order.id, { type: "delete-item", lineId: line.id }, ctx);
    expect(after.lines.map((l) => l.id)).toEqual(order.lines.slice(1).map((l) => l.id));
  });

  it("a move the platform refuses surfaces its own words as refused", async () => {
    const { conn, ctx } = connect(sandbox());
    const order = await firstIn("completed_and_closed");
    const error = await failure(performAndReread(conn, order.id, { type: "set-status", status: "new" }, ctx));
    expect(error).toMatchObject({ kind: "refused", details: { status: 400 } });
    expect(error.message).toBe("order_status: Cannot change status from completed_and_closed to new.");
  });

  it("deleting an item once the order is on its way is refused by the platform", async () => {
    const { conn, ctx } = connect(sandbox());
    const error = await failure(performAndReread(conn, "294", { type: "delete-item", lineId: "12" }, ctx));
    expect(error).toMatchObject({
      kind: "refused",
      message: 'Cannot delete an item of an order in status "on_delivery".',
    });
  });

  it("an item of another order is not deleted", async () => {
    const { conn, ctx } = connect(sandbox());
    const order = await firstIn("new");
    const error = await failure(performAndReread(conn, order.id, { type: "delete-item", lineId: "12" }, ctx));
    expect(error.kind).toBe("not_found");
    expect((await adapter.getOrder(conn, "294", ctx)).lines).toHaveLength(1);
  });

  it("actions ECOM.md does not have are unsupported", async () => {
    const { conn, ctx } = connect(sandbox());
    const error = await failure(performAndReread(conn, "294", { type: "add-tracking", trackingNumber: "RR123" }, ctx));
    expect(error.kind).toBe("unsupported");
  });

  it("statuses: the 17 codes with their stages", async () => {
    const { conn, ctx } = connect(sandbox());
    const statuses = await adapter.statuses(conn, ctx);
    expect(statuses).toHaveLength(17);
    expect(statuses).toContainEqual({ code: "on_delivery", label: "On delivery", stage: "shipped" });
  });
});
