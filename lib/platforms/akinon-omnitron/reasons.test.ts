// Cancellation reasons over HTTP: the tenant's list as the cancel form's choice, the chosen reason (else the
// connection's default) sent for every item, a refusal before any call without either, and the platform's
// own words for a reason it does not accept.
import { beforeEach, describe, expect, it } from "vitest";
import type { Order } from "../../domain/order";
import { adapterHarness } from "../../testing/adapter-harness";
import { failure } from "../../testing/platform-failure";
import type { Connection } from "../types";
import { akinonOmnitronAdapter as adapter } from "./index";
import { cancelChoices } from "./reasons";

const { allOrders, connectionTo, contextFor, loggedRequests, performAndReread, sandboxPerFile } =
  adapterHarness(adapter);

const sandbox = sandboxPerFile({}, { resetBeforeEach: true });
let approved: Order[];
beforeEach(async () => {
  const conn = connectionTo(sandbox());
  approved = (await allOrders(conn, contextFor(conn))).filter((order) => order.status.code === "400");
});

async function cancel(conn: Connection, order: Order, reasonCode?: string) {
  const input = { type: "cancel", ...(reasonCode ? { reasonCode } : {}) } as const;
  return performAndReread(conn, order.id, input, contextFor(conn));
}

describe("actionChoices", () => {
  it("offers the tenant's active cancellation reasons, not its refund reasons", async () => {
    const conn = connectionTo(sandbox());
    const choices = await adapter.actionChoices!(conn, contextFor(conn));
    expect(choices).toEqual({
      reason: [
        { code: "1", label: "Müşteri vazgeçti" },
        { code: "2", label: "Ürün stokta yok" },
        { code: "3", label: "Fiyat hatası" },
        { code: "4", label: "Teslimat adresi hatalı" },
        { code: "5", label: "Ödeme alınamadı" },
        { code: "10", label: "Diğer" },
      ],
    });
  });

  it("keeps every active reason of a list that does not tell cancellations from refunds", () => {
    const untyped = [
      { id: "7", subject: "Customer asked" },
      { id: 8, name: "Out of stock", is_active: true },
      { id: 9, subject: "Old", is_active: false },
      { id: 11, subject: " " },
    ];
    expect(cancelChoices(untyped)).toEqual([
      { code: "7", label: "Customer asked" },
      { code: "8", label: "Out of stock" },
      { code: "11", label: "Reason 11" },
    ]);
  });
});

describe("cancel", () => {
  it("records the chosen reason for every item", async () => {
    const order = approved[0]!;
    const after = await cancel(connectionTo(sandbox()), order, "3");
    expect(after.status.code).toBe("100");
    expect(after.lines.every((line) => line.status?.code === "100")).toBe(true);
  });

  it("uses the connection's default reason when none is chosen, and a chosen one over it", async () => {
    const conn = connectionTo(sandbox(), { options: { cancelReason: "2" } });
    expect((await cancel(conn, approved[0]!)).status.code).toBe("100");
    // The chosen reason wins: a refund reason is refused though the default would do.
    const refused = await failure(cancel(conn, approved[1]!, "6"));
    expect(refused.message).toBe(
      "reasons: Cancellation reason 6 is a refund reason and cannot be used to cancel an order.",
    );
    const refundDefault = connectionTo(sandbox(), { options: { cancelReason: "6" } });
    expect((await failure(cancel(refundDefault, approved[1]!))).message).toMatch(/refund reason/);
  });

  it("refuses without a reason and without a default before calling Omnitron at all", async () => {
    const conn = connectionTo(sandbox());
    const seq = (await loggedRequests(sandbox())).length;
    const error = await failure(cancel(conn, approved[0]!));
    expect(error).toMatchObject({ kind: "refused", message: expect.stringMatching(/^Choose a cancellation reason/) });
    expect((await loggedRequests(sandbox())).slice(seq)).toEqual([]);
  });

  it("passes on the platform's words for a reason it does not know, and changes nothing", async () => {
    const conn = connectionTo(sandbox());
    const order = approved[0]!;
    const error = await failure(cancel(conn, order, "99"));
    expect(error).toMatchObject({ kind: "refused", message: 'reasons: Invalid pk "99" - object does not exist.' });
    expect((await adapter.getOrder(conn, order.id, contextFor(conn))).status.code).toBe("400");
  });
});
