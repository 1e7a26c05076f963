import { describe, expect, it } from "vitest";
import { omnitronForTests, picker } from "./test-helpers";
import type { Order } from "./types";

// More orders than the other files: every action test takes its own fresh order in a given state.
const client = omnitronForTests({ count: 200 });
const pick = picker(client);

const BULK = "/api/i1/order_items/bulk_status_update/";

const bulk = (rows: unknown[]) => client.call("PATCH", BULK, { orderitem_set: rows });
const invoiceRow = (id: number) => ({
  id,
  status: "450",
  invoice_number: "SEP2026000000123",
  invoice_date: "2026-07-14T10:00:00.000000+03:00",
  e_archive_url: "https://e.archive.example/SEP2026000000123",
});
const shipRow = (id: number) => ({ id, status: "500", tracking_number: "7001234567", shipping_company: "yurtici" });

describe("PATCH /api/v1/orders/{pk}/ — mark sent to the ERP", () => {
  it("sets is_send on an order the ERP has not taken yet and answers the full order", async () => {
    const order = await pick((o) => !o.is_send);
    const before = Date.now();
    const response = await client.call("PATCH", `/api/v1/orders/${order.id}/`, { is_send: true });
    expect(response.status).toBe(200);
    const body = (await response.json()) as Order;
    // A save: modified_date moves to the time of the write.
    expect(body).toEqual({ ...order, is_send: true, modified_date: body.modified_date });
    expect(Date.parse(body.modified_date!)).toBeGreaterThanOrEqual(before);
    expect(await client.order(order.id)).toEqual(body);
    const waiting = await client.all("is_send=False");
    expect(waiting.some((o) => o.id === order.id)).toBe(false);
  });

  it("refuses an order that is already sent, with non_field_errors and a code", async () => {
    const order = await pick((o) => o.is_send);
    const response = await client.call("PATCH", `/api/v1/orders/${order.id}/`, { is_send: true });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      non_field_errors: ["Order has already been sent to the ERP."],
      code: "order_already_sent",
    });
  });

  it("accepts is_send and nothing else", async () => {
    const order = await pick((o) => !o.is_send);
    const path = `/api/v1/orders/${order.id}/`;
    const other = await client.call("PATCH", path, { is_send: true, status: "500" });
    expect(other.status).toBe(400);
    expect(await other.json()).toEqual({ status: ["This field can not be updated."] });
    const missing = await client.call("PATCH", path, {});
    expect(await missing.json()).toEqual({ is_send: ["This field is required."] });
    const wrong = await client.call("PATCH", path, { is_send: "maybe" });
    expect(await wrong.json()).toEqual({ is_send: ["Must be a valid boolean."] });
    expect(await client.order(order.id)).toEqual(order);
  });
});

describe("PATCH /api/i1/order_items/bulk_status_update/ — invoice, ship, deliver", () => {
  it("walks an approved order through 450 → 500 → 550, refusing each skipped step", async () => {
    const order = await pick((o) => o.status === "400");
    const itemIds = order.orderitem_set.map((item) => item.id);

    const skip = await bulk(itemIds.map(shipRow));
    expect(skip.status).toBe(400);
    const skipBody = (await skip.json()) as { orderitem_set: Record<string, string[]>[]; code: string };
    expect(skipBody.code).toBe("order_item_status_transition_invalid");
    expect(skipBody.orderitem_set).toHaveLength(itemIds.length);
    expect(skipBody.orderitem_set[0]!.status![0]).toContain("cannot be changed from 400 to 500");

    const noInvoice = await bulk([{ id: itemIds[0], status: "450" }]);
    expect(noInvoice.status).toBe(400);
    expect(await noInvoice.json()).toEqual({
      orderitem_set: [{ invoice_number: ["This field is required to set status 450."] }],
      code: "order_item_status_transition_invalid",
    });
    expect(await client.order(order.id)).toEqual(order);

    const invoiced = await bulk(itemIds.map(invoiceRow));
    expect(invoiced.status).toBe(200);
    const { orderitem_set: items } = (await invoiced.json()) as { orderitem_set: Order["orderitem_set"] };
    expect(items.map((item) => item.id)).toEqual(itemIds);
    for (const item of items) {
      expect(item.status).toBe("450");
      expect(item.invoice_number).toBe("SEP2026000000123");
      expect(item.invoice_date).toBe("2026-07-14T07:00:00Z");
      expect(item.e_archive_url).toBe("https://e.archive.example/SEP2026000000123");
    }
    const afterInvoice = await client.order(order.id);
    expect(afterInvoice.status).toBe("450");
    expect(afterInvoice.invoice_number).toBe("SEP2026000000123");
    expect(afterInvoice.invoice_date).toBe("2026-07-14T07:00:00Z");

    const noTracking = await bulk(itemIds.map((id) => ({ id, status: "500", shipping_company: "aras" })));
    expect(noTracking.status).toBe(400);
    const noTrackingBody = (await noTracking.json()) as { orderitem_set: Record<string, string[]>[] };
    expect(noTrackingBody.orderitem_set[0]).toEqual({ tracking_number: ["This field is required to set status 500."] });

    expect((await bulk(itemIds.map(shipRow))).status).toBe(200);
    const shipped = await client.order(order.id);
    expect(shipped.status).toBe("500");
    expect(shipped.tracking_number).toBe("7001234567");
    expect(shipped.orderitem_set.every((item) => item.shipping_company === "yurtici")).toBe(true);

    expect((await bulk(itemIds.map((id) => ({ id, status: "550" })))).status).toBe(200);
    const delivered = await client.order(order.id);
    expect(delivered.status).toBe("550");
    expect(delivered.orderitem_set.every((item) => item.status === "550")).toBe(true);
    expect((await bulk([invoiceRow(itemIds[0]!)])).status).toBe(400); // a delivered item cannot go back to 450
  });

  it("is all or nothing: one bad row refuses the call and changes no item", async () => {
    const order = await pick((o) => o.status === "400");
    const first = order.orderitem_set[0]!.id;
    const response = await bulk([invoiceRow(first), { id: 999_999, status: "450" }, { status: "abc" }]);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      orderitem_set: [
        {},
        { id: ['Invalid pk "999999" - object does not exist.'] },
        { id: ["This field is required."], status: ['"abc" is not a valid choice.'] },
      ],
      code: "invalid",
    });
    expect(await client.order(order.id)).toEqual(order);
  });

  it("lets the order follow its lowest active item when only some items move", async () => {
    const order = await pick((o) => o.status === "400" && o.orderitem_set.length >= 2);
    expect((await bulk([invoiceRow(order.orderitem_set[0]!.id)])).status).toBe(200);
    const after = await client.order(order.id);
    expect(after.status).toBe("400");
    expect(after.orderitem_set[0]!.status).toBe("450");
    expect(after.invoice_number).toBe("SEP2026000000123");
  });

  it("refuses bad envelopes in DRF's words", async () => {
    const empty = await bulk([]);
    expect(await empty.json()).toEqual({ orderitem_set: { non_field_errors: ["This list may not be empty."] } });
    const missing = await client.call("PATCH", BULK, {});
    expect(await missing.json()).toEqual({ orderitem_set: ["This field is required."] });
    const wrongUrl = await bulk([{ ...invoiceRow(1), e_archive_url: "not a url", invoice_date: "14.07.2021" }]);
    const body = (await wrongUrl.json()) as { orderitem_set: Record<string, string[]>[] };
    expect(Object.keys(body.orderitem_set[0]!).sort()).toEqual(["e_archive_url", "invoice_date"]);
  });
});

describe("PATCH /api/v1/order_items/{pk}/", () => {
  it("merges extra_field, replaces attributes and attributes_kwargs, sets cancel_status", async () => {
    const order = await pick(() => true);
    const item = order.orderitem_set[0]!;
    const path = `/api/v1/order_items/${item.id}/`;
    expect((await client.call("PATCH", path, { extra_field: { erp_line: "A-1" } })).status).toBe(200);
    const response = await client.call("PATCH", path, {
      extra_field: { warehouse: "IST" },
      attributes: { gift: true },
      attributes_kwargs: { gift: { label: "Hediye" } },
      cancel_status: "waiting",
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as typeof item;
    expect(body).toEqual({
      ...item,
      extra_field: { ...item.extra_field, erp_line: "A-1", warehouse: "IST" },
      attributes: { gift: true },
      attributes_kwargs: { gift: { label: "Hediye" } },
      cancel_status: "waiting",
    });
    expect(await client.item(item.id)).toEqual(body);
  });

  it("refuses other fields, bad values and a status move the workflow forbids", async () => {
    const order = await pick((o) => o.status === "400");
    const path = `/api/v1/order_items/${order.orderitem_set[0]!.id}/`;
    const other = await client.call("PATCH", path, { price: "1.00", cancel_status: "nope", attributes: { n: 1 } });
    expect(await other.json()).toEqual({
      price: ["This field can not be updated."],
      attributes: ["All values must be string or boolean."],
      cancel_status: ['"nope" is not a valid choice.'],
    });
    const skip = await client.call("PATCH", path, { status: "550" });
    expect(skip.status).toBe(400);
    const skipBody = (await skip.json()) as { status: string[]; code: string };
    expect(skipBody.code).toBe("order_item_status_transition_invalid");
    expect(await client.order(order.id)).toEqual(order);
  });

  it("moves a shipped item to delivered (550) and the order with it", async () => {
    const order = await pick((o) => o.status === "400" && o.orderitem_set.length === 1);
    const id = order.orderitem_set[0]!.id;
    await bulk([invoiceRow(id)]);
    await bulk([shipRow(id)]);
    const response = await client.call("PATCH", `/api/v1/order_items/${id}/`, { status: 550 });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { status: string }).status).toBe("550");
    expect((await client.order(order.id)).status).toBe("550");
  });
});
