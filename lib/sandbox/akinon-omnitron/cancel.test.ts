import { describe, expect, it } from "vitest";
import { toCents } from "../core/money";
import { CANCELLATION_REASONS } from "./reasons";
import { omnitronForTests, picker } from "./test-helpers";
import type { Order } from "./types";

const client = omnitronForTests({ count: 150 });
const pick = picker(client);

const reasonsFor = (items: readonly { id: number }[], reason: unknown) =>
  Object.fromEntries(items.map((item) => [item.id, reason]));

describe("POST /api/i1/orders/{id}/cancel/", () => {
  const cancel = (order: Order, body: Record<string, unknown>) =>
    client.call("POST", `/api/i1/orders/${order.id}/cancel/`, {
      order: order.id,
      is_all: false,
      cancel_items: [],
      forced_refund_amount: null,
      reasons: {},
      is_cargo_refund: false,
      ...body,
    });

  it("cancels one item, then the rest; the order becomes 100 and the refunds add up", async () => {
    const order = await pick((o) => o.status === "400" && o.orderitem_set.length >= 2);
    const [first, ...rest] = order.orderitem_set;
    const one = await cancel(order, { cancel_items: [first!.id], reasons: { [first!.id]: 1 } });
    expect(one.status).toBe(200);
    const partly = (await one.json()) as Order;
    expect(partly.status).toBe("400");
    expect(partly.orderitem_set[0]).toMatchObject({ status: "100", cancel_status: "completed" });
    const paid = (item: typeof first) => toCents(item!.price)! - toCents(item!.discount_amount)!;
    expect(toCents(partly.refund_amount)).toBe(paid(first));

    const all = await cancel(order, { is_all: true, is_cargo_refund: true, reasons: reasonsFor(rest, 2) });
    expect(all.status).toBe(200);
    const cancelled = (await all.json()) as Order;
    expect(cancelled.status).toBe("100");
    expect(cancelled.orderitem_set.every((item) => item.status === "100")).toBe(true);
    expect(cancelled.shipping_refund_amount).toBe(order.shipping_amount);
    const items = [first, ...rest].reduce((sum, item) => sum + paid(item), 0);
    expect(toCents(cancelled.refund_amount)).toBe(items + toCents(order.shipping_amount)!);
    expect(await client.order(order.id)).toEqual(cancelled);

    const again = await cancel(order, { is_all: true, reasons: {} });
    expect(again.status).toBe(400);
    expect(await again.json()).toEqual({
      non_field_errors: ["Order is already cancelled."],
      code: "order_cancel_not_allowed",
    });
  });

  it("refuses a shipped order with non_field_errors and changes nothing", async () => {
    const order = await pick((o) => o.status === "550");
    const response = await cancel(order, { is_all: true, reasons: reasonsFor(order.orderitem_set, 1) });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      non_field_errors: ["Order can not be cancelled in status 550."],
      code: "order_cancel_not_allowed",
    });
    expect(await client.order(order.id)).toEqual(order);
  });

  it("refuses items of another order, a mismatched order id and a missing item list", async () => {
    const order = await pick((o) => o.status === "400");
    const other = await pick((o) => o.status === "400");
    const foreign = await cancel(order, { cancel_items: [other.orderitem_set[0]!.id] });
    expect(foreign.status).toBe(400);
    expect(await foreign.json()).toEqual({
      cancel_items: [`Order item ${other.orderitem_set[0]!.id} does not belong to order ${order.id}.`],
    });
    const mismatch = await cancel(order, {
      order: other.id,
      is_all: true,
      reasons: reasonsFor(order.orderitem_set, 1),
    });
    expect(Object.keys((await mismatch.json()) as object)).toEqual(["order"]);
    const none = await cancel(order, {});
    expect(await none.json()).toEqual({ cancel_items: ["This list may not be empty."] });
    expect(await client.order(order.id)).toEqual(order);
    expect(await client.order(other.id)).toEqual(other);
  });

  it("needs an active cancellation reason for every cancelled item, in DRF's words", async () => {
    const order = await pick((o) => o.status === "400" && o.orderitem_set.length >= 2);
    const [first, second] = order.orderitem_set;
    const refusals: [unknown, string[]][] = [
      [
        {},
        [
          `Order item ${first!.id} needs a cancellation reason.`,
          `Order item ${second!.id} needs a cancellation reason.`,
        ],
      ],
      [{ [first!.id]: 99, [second!.id]: 1 }, ['Invalid pk "99" - object does not exist.']],
      [{ [first!.id]: 9, [second!.id]: 1 }, ['Invalid pk "9" - object does not exist.']], // inactive
      [{ [first!.id]: "abc", [second!.id]: 1 }, ["Incorrect type. Expected pk value, received str."]],
      [
        { [first!.id]: 6, [second!.id]: 1 },
        ["Cancellation reason 6 is a refund reason and cannot be used to cancel an order."],
      ],
    ];
    for (const [reasons, messages] of refusals) {
      const response = await cancel(order, { cancel_items: [first!.id, second!.id], reasons });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ reasons: messages });
    }
    expect(await client.order(order.id)).toEqual(order);
    const ok = await cancel(order, { cancel_items: [first!.id], reasons: { [first!.id]: "2" } });
    expect(ok.status).toBe(200);
  });
});

describe("GET /api/v1/cancellation_reasons/ [assumed]", () => {
  it("lists the tenant's reasons, paged like every list, narrowed by type and activity", async () => {
    const all = await client.get<{ count: number; results: unknown[] }>("/api/v1/cancellation_reasons/");
    expect(all.count).toBe(CANCELLATION_REASONS.length);
    expect(all.results[0]).toEqual({
      id: 1,
      subject: "Müşteri vazgeçti",
      extra_information_needed: false,
      cancellation_type: "cancel",
      is_active: true,
    });
    const page = await client.get<{ next: string | null; results: unknown[] }>("/api/v1/cancellation_reasons/?limit=4");
    expect(page.results).toHaveLength(4);
    expect(page.next).toBe(`${client.base}/api/v1/cancellation_reasons/?limit=4&page=2`);
    const usable = await client.get<{ results: { id: number }[] }>(
      "/api/v1/cancellation_reasons/?cancellation_type=cancel&is_active=True",
    );
    expect(usable.results.map((reason) => reason.id)).toEqual([1, 2, 3, 4, 5, 10]);
  });
});
