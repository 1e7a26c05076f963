// Every action against the Omnitron sandbox over HTTP: the state as re-read changes, and a refusal carries
// the platform's own words as PlatformError("refused").
import { beforeEach, describe, expect, it } from "vitest";
import type { Order } from "../../domain/order";
import { adapterHarness } from "../../testing/adapter-harness";
import { failure as refusal } from "../../testing/platform-failure";
import type { AdapterContext, Connection } from "../types";
import { akinonOmnitronAdapter as adapter } from "./index";

const { allOrders, connectionTo, contextFor, performAndReread, sandboxPerFile } = adapterHarness(adapter);

const sandbox = sandboxPerFile({}, { resetBeforeEach: true });
let conn: Connection;
let ctx: AdapterContext;
let orders: Order[];

beforeEach(async () => {
  conn = connectionTo(sandbox());
  ctx = contextFor(conn);
  orders = await allOrders(conn, ctx);
});

function find(test: (order: Order) => boolean): Order {
  const found = orders.find(test);
  if (!found) throw new Error("the sandbox has no order in that state");
  return found;
}

const itemStatuses = (order: Order) => order.lines.map((line) => line.status?.code);
const hasItemIn = (order: Order, codes: string[]) => itemStatuses(order).some((code) => code && codes.includes(code));

describe("perform", () => {
  it("marks an order as sent to the ERP, and the platform refuses a second time", async () => {
    const order = find((o) => o.extras.sentToErp === false);
    const after = await performAndReread(conn, order.id, { type: "mark-exported" }, ctx);
    expect(after.extras.sentToErp).toBe(true);
    expect(adapter.availableActions(after).map((a) => a.type)).not.toContain("mark-exported");
    const again = await refusal(performAndReread(conn, order.id, { type: "mark-exported" }, ctx));
    expect(again).toMatchObject({ kind: "refused", message: "Order has already been sent to the ERP." });
  });

  it("invoices the items waiting for it (→ 450 with the invoice number)", async () => {
    const order = find((o) => hasItemIn(o, ["200", "300", "350", "400"]) && !hasItemIn(o, ["450", "500"]));
    const url = "https://earsiv.example.com/INV-2026-1.pdf";
    const after = await performAndReread(
      conn,
      order.id,
      { type: "create-invoice", invoiceNumber: "INV-2026-1", invoiceUrl: url },
      ctx,
    );
    order.lines.forEach((line, index) => {
      if (["200", "300", "350", "400"].includes(line.status?.code ?? "")) {
        expect(after.lines[index]?.status?.code).toBe("450");
      }
    });
    expect(after.invoice).toMatchObject({ number: "INV-2026-1", url });
    expect(after.invoice?.date).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it("ships the prepared items with the tracking number and carrier (→ 500)", async () => {
    const order = find((o) => hasItemIn(o, ["450"]));
    const input = { type: "add-tracking", trackingNumber: "YK123456789", carrier: "Yurtiçi Kargo" } as const;
    const after = await performAndReread(conn, order.id, input, ctx);
    order.lines.forEach((line, index) => {
      if (line.status?.code === "450") expect(after.lines[index]?.status?.code).toBe("500");
    });
    expect(after.shipping.tracking).toContainEqual({
      number: "YK123456789",
      carrier: "Yurtiçi Kargo",
      url: "https://www.yurticikargo.com/tr/online-servisler/gonderi-sorgula?code=YK123456789",
    });
  });

  it("surfaces the platform's refusal of an unknown carrier word for word", async () => {
    const order = find((o) => hasItemIn(o, ["450"]));
    const input = { type: "add-tracking", trackingNumber: "X1", carrier: "Foo Express" } as const;
    const error = await refusal(performAndReread(conn, order.id, input, ctx));
    expect(error).toMatchObject({ kind: "refused", message: 'shipping_company: "foo express" is not a valid choice.' });
    const unchanged = await adapter.getOrder(conn, order.id, ctx);
    expect(itemStatuses(unchanged)).toEqual(itemStatuses(order));
  });

  it("marks shipped items as delivered (→ 550)", async () => {
    const order = find((o) => hasItemIn(o, ["500", "510", "520", "540"]));
    const after = await performAndReread(conn, order.id, { type: "set-status", status: "550" }, ctx);
    order.lines.forEach((line, index) => {
      if (["500", "510", "520", "540"].includes(line.status?.code ?? "")) {
        expect(after.lines[index]?.status?.code).toBe("550");
      }
    });
  });

  it("cancels an approved order", async () => {
    const order = find((o) => o.status.code === "400");
    const input = { type: "cancel", reason: "customer asked", reasonCode: "1" } as const;
    const after = await performAndReread(conn, order.id, input, ctx);
    expect(after.status).toEqual({ code: "100", label: "Cancelled", stage: "cancelled" });
    expect(new Set(itemStatuses(after))).toEqual(new Set(["100"]));
    expect(adapter.availableActions(after).map((a) => a.type)).not.toContain("cancel");
  });

  it("passes on the platform's refusal to cancel a delivered order", async () => {
    const error = await refusal(performAndReread(conn, "1", { type: "cancel", reasonCode: "2" }, ctx));
    expect(error).toMatchObject({ kind: "refused", message: "Order can not be cancelled in status 550." });
  });

  it("refuses a move no item is in the state for, and actions Omnitron does not have", async () => {
    const delivered = await refusal(performAndReread(conn, "1", { type: "set-status", status: "550" }, ctx));
    expect(delivered.kind).toBe("refused");
    const note = await refusal(performAndReread(conn, "1", { type: "add-note", text: "hello" }, ctx));
    expect(note.kind).toBe("unsupported");
    const other = await refusal(performAndReread(conn, "1", { type: "set-status", status: "200" }, ctx));
    expect(other.kind).toBe("unsupported");
  });
});
