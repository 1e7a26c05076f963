// Tracking numbers and history records on an order.
import { describe, expect, it } from "vitest";
import { type OrderPage, retailysForTests } from "./test-client";

const { call, all, pick, expanded: get } = retailysForTests();

describe("POST /System/Orders/{id}/tracking", () => {
  it("adds a parcel to trackings with the carrier's URL: 201 {id}", async () => {
    const order = pick((o) => !o.canceled && o.trackings.length === 0);
    const reply = await call<{ id: number }>("POST", `/v1/System/Orders/${order.id}/tracking`, {
      shipperId: 2,
      trackingNumber: "40999888777",
    });
    expect(reply).toMatchObject({ status: 201, body: { id: order.id } });
    const after = await get(order.id);
    expect(after.trackings).toEqual([
      {
        shipperId: 2,
        trackingNumber: "40999888777",
        trackingUrl: "https://www.ppl.cz/vyhledat-zasilku?shipmentId=40999888777",
      },
    ]);
    expect(after.sent).toBe(order.sent);
    expect(after.history?.at(-1)).toMatchObject({
      type: "tracking",
      record: { name: "Přidáno sledovací číslo 40999888777 (PPL)" },
    });
    const found = (await call<OrderPage>("GET", "/v1/System/Orders?tracking=40999888777")).body.orders;
    expect(found.map((o) => o.id)).toEqual([order.id]);
  });

  it("refuses a canceled order (422), an unknown shipper (422) and a bad body (400)", async () => {
    const canceled = all().find((o) => o.canceled)!;
    const refused = await call("POST", `/v1/System/Orders/${canceled.id}/tracking`, {
      shipperId: 2,
      trackingNumber: "1",
    });
    expect(refused.status).toBe(422);
    expect(refused.body.message).toBe(`Order ${canceled.id} cannot get a tracking number: it is canceled.`);
    const id = all().find((o) => !o.canceled)!.id;
    const unknown = await call("POST", `/v1/System/Orders/${id}/tracking`, { shipperId: 77, trackingNumber: "1" });
    expect(unknown.status).toBe(422);
    expect(unknown.body.message).toBe("Shipper 77 does not exist.");
    const bad = await call("POST", `/v1/System/Orders/${id}/tracking`, { shipperId: 2 });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toBe("Field 'trackingNumber' is required.");
  });
});

describe("POST /System/Orders/{id}/history", () => {
  it("appends a record: 201 {id}, shown on the expanded order", async () => {
    const order = pick((o) => !o.canceled);
    const reply = await call<{ id: number }>("POST", `/v1/System/Orders/${order.id}/history`, {
      type: "note",
      record: { name: "Zákazník volal kvůli termínu doručení.", status: "Info" },
    });
    expect(reply.status).toBe(201);
    const last = (await get(order.id)).history?.at(-1);
    expect(last).toMatchObject({
      id: reply.body.id,
      type: "note",
      record: { name: "Zákazník volal kvůli termínu doručení.", status: "Info" },
    });
    expect(Math.abs(Date.parse(last!.date) - Date.now())).toBeLessThan(5_000);
    const second = await call<{ id: number }>("POST", `/v1/System/Orders/${order.id}/history`, {
      type: "note",
      record: { name: "Bez stavu" },
    });
    expect(second.body.id).toBe(reply.body.id + 1);
    expect((await get(order.id)).history?.at(-1)?.record.status).toBeTypeOf("string");
  });

  it("refuses a canceled order (422) and a body without record.name (400)", async () => {
    const canceled = all().find((o) => o.canceled)!;
    const body = { type: "note", record: { name: "x", status: "y" } };
    expect((await call("POST", `/v1/System/Orders/${canceled.id}/history`, body)).status).toBe(422);
    const bad = await call("POST", `/v1/System/Orders/${all()[0]!.id}/history`, {
      type: "note",
      record: { status: "y" },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toBe("Field 'record.name' is required.");
    const noRecord = await call("POST", `/v1/System/Orders/${all()[0]!.id}/history`, { type: "note" });
    expect(noRecord.body.message).toBe("Field 'record' is required.");
  });
});
