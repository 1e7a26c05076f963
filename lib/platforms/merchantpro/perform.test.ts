// perform() against the MerchantPro sandbox: every action changes the order as re-read, and a state the
// platform refuses surfaces its own message as PlatformError("refused").
import { beforeEach, describe, expect, it } from "vitest";
import type { Order } from "../../domain/order";
import { adapterHarness } from "../../testing/adapter-harness";
import { failure } from "../../testing/platform-failure";
import { merchantProAdapter as adapter } from "./index";

const { allOrders, clearLog, connect, loggedRequests, performAndReread, sandboxPerFile } = adapterHarness(adapter);

const sandbox = sandboxPerFile({}, { resetBeforeEach: true });
let orders: Order[];
beforeEach(async () => {
  const { conn, ctx } = connect(sandbox());
  orders = await allOrders(conn, ctx);
  await clearLog(sandbox());
});

/** An order of the sandbox in this shipping status (and with or without an invoice). */
function orderIn(status: string, invoice?: boolean): Order {
  const found = orders.find(
    (order) => order.status.code === status && (invoice === undefined || (order.invoice !== null) === invoice),
  );
  if (!found) throw new Error(`the sandbox has no ${status} order (invoice: ${invoice})`);
  return found;
}

describe("perform: the shipping workflow", () => {
  it("moves an awaiting order through in process, shipped, delivered and returned", async () => {
    const { conn, ctx } = connect(sandbox());
    const { id } = orderIn("awaiting");
    for (const status of ["in_process", "shipped", "delivered", "returned"]) {
      const order = await performAndReread(conn, id, { type: "set-status", status }, ctx);
      expect(order.id).toBe(id);
      expect(order.status.code).toBe(status);
      expect(order.status.label).not.toBe("");
      expect(adapter.availableActions(order).some((action) => action.key === `set-status:${status}`)).toBe(false);
    }
    const log = await loggedRequests(sandbox());
    expect(log.filter((entry) => entry.method === "PATCH").map((entry) => entry.path)).toEqual(
      ["in_process", "shipped", "delivered", "returned"].map((handler) => `/api/v2/orders/${id}/${handler}`),
    );
  });

  it("cancels an order (payment cancelled too) and then offers only a note", async () => {
    const { conn, ctx } = connect(sandbox());
    const order = await performAndReread(conn, orderIn("confirmed").id, { type: "cancel", reason: "Client" }, ctx);
    expect(order.status).toMatchObject({ code: "cancelled", stage: "cancelled" });
    expect(order.payment.status?.code).toBe("cancelled");
    expect(adapter.availableActions(order).map((action) => action.key)).toEqual(["add-note"]);
  });

  it("refuses a move the state forbids, in MerchantPro's own words", async () => {
    const { conn, ctx } = connect(sandbox());
    const { id } = orderIn("awaiting");
    const error = await failure(performAndReread(conn, id, { type: "set-status", status: "delivered" }, ctx));
    expect(error).toMatchObject({ kind: "refused", details: { status: 400, platformCode: "invalid_status" } });
    expect(error.message).toBe(
      `Order ${id}: cannot change the shipping status to delivered while it is awaiting (allowed from: shipped).`,
    );
    const cancelled = orderIn("cancelled");
    const again = await failure(performAndReread(conn, cancelled.id, { type: "cancel" }, ctx));
    expect(again.kind).toBe("refused");
    expect(again.message).toContain("while it is cancelled");
  });

  it("does not send a status MerchantPro has no handler for", async () => {
    const { conn, ctx } = connect(sandbox());
    await clearLog(sandbox());
    const error = await failure(
      performAndReread(conn, orderIn("awaiting").id, { type: "set-status", status: "confirmed" }, ctx),
    );
    expect(error.kind).toBe("unsupported");
    const paid = await failure(
      performAndReread(conn, orderIn("awaiting").id, { type: "mark-paid", amount: "10" }, ctx),
    );
    expect(paid.kind).toBe("unsupported");
    expect(await loggedRequests(sandbox())).toEqual([]);
  });

  it("reports an unknown order as not_found", async () => {
    const { conn, ctx } = connect(sandbox());
    const error = await failure(performAndReread(conn, "999", { type: "set-status", status: "shipped" }, ctx));
    expect(error).toMatchObject({ kind: "not_found", message: "Order 999 was not found." });
  });
});

describe("perform: invoice, AWB and notes", () => {
  it("creates the invoice MerchantPro numbers itself, once", async () => {
    const { conn, ctx } = connect(sandbox());
    const { id } = orderIn("awaiting", false);
    const order = await performAndReread(conn, id, { type: "create-invoice" }, ctx);
    expect(order.invoice?.number).toMatch(/^SERIE\d{7}$/);
    expect(order.invoice?.url).toMatch(/^https:\/\//);
    expect(adapter.availableActions(order).some((action) => action.type === "create-invoice")).toBe(false);
    const twice = await failure(performAndReread(conn, id, { type: "create-invoice" }, ctx));
    expect(twice).toMatchObject({ kind: "refused", details: { status: 400 } });
    expect(twice.message).toContain("an invoice already exists");
  });

  it("sets the AWB as the tracking number, with the courier's link", async () => {
    const { conn, ctx } = connect(sandbox());
    const target = orders.find((o) => o.status.code === "in_process" && o.shipping.carrier === "FAN Courier");
    const { id } = target ?? orderIn("in_process");
    const order = await performAndReread(conn, id, { type: "add-tracking", trackingNumber: " 2999000111222 " }, ctx);
    expect(order.shipping.tracking).toHaveLength(1);
    expect(order.shipping.tracking[0]?.number).toBe("2999000111222");
    if (target)
      expect(order.shipping.tracking[0]?.url).toBe("https://www.fancourier.ro/awb-tracking/?tracking=2999000111222");
    const log = await loggedRequests(sandbox());
    expect(log.filter((entry) => entry.method === "PATCH").map((entry) => entry.path)).toEqual([
      `/api/v2/orders/${id}`,
    ]);
  });

  it("refuses an AWB on a cancelled order with the platform's message", async () => {
    const { conn, ctx } = connect(sandbox());
    const { id } = orderIn("cancelled");
    const error = await failure(performAndReread(conn, id, { type: "add-tracking", trackingNumber: "123" }, ctx));
    expect(error.kind).toBe("refused");
    expect(error.message).toBe(`Order ${id}: the order is cancelled; its AWB cannot be changed.`);
  });

  it("adds a note beside the earlier ones although MerchantPro replaces the list sent (read-modify-write)", async () => {
    const { conn, ctx } = connect(sandbox());
    const { id, extras } = orderIn("awaiting");
    const earlier = (extras.internalNotes ?? []).map((note) => note.text);
    const added = ["Sunat clientul.", "Confirmat telefonic.", "Ambalat."];
    for (const text of added) await performAndReread(conn, id, { type: "add-note", text }, ctx);
    const raw = (await adapter.getOrder(conn, id, ctx)).raw as { internal_notes: { id: number; text: string }[] };
    expect(raw.internal_notes.map((note) => note.text)).toEqual([...earlier, ...added]);
    // The earlier notes keep their ids (they were sent back as they were, not re-created).
    const ids = raw.internal_notes.map((note) => note.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    const patches = (await loggedRequests(sandbox())).filter((entry) => entry.method === "PATCH");
    expect(patches).toHaveLength(3);
  });

  it("adds an internal note and keeps the earlier ones", async () => {
    const { conn, ctx } = connect(sandbox());
    const before = orders.find((order) => (order.extras.internalNotes ?? []).length > 0) ?? orderIn("delivered");
    const earlier = (before.extras.internalNotes ?? []).map((note) => note.text);
    const order = await performAndReread(conn, before.id, { type: "add-note", text: "Sunat clientul, confirma." }, ctx);
    expect((order.extras.internalNotes ?? []).map((note) => note.text)).toEqual([
      ...earlier,
      "Sunat clientul, confirma.",
    ]);
  });
});
