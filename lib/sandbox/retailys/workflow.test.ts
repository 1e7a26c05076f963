// The lifecycle actions of platforms.md section 6: sent, delivered, done, cancel, set status, paid.
import { describe, expect, it } from "vitest";
import { cents, retailysForTests, type WireOrder } from "./test-client";

const { call, all, pick } = retailysForTests({ unlimited: true });

const open = (o: WireOrder) => !o.sent && !o.done && !o.canceled;
const patch = (id: number, action: string, body?: unknown) =>
  call<WireOrder>("PATCH", `/v1/System/Orders/${id}/${action}`, body);
const refused = (id: number, action: string, body?: unknown) =>
  call("PATCH", `/v1/System/Orders/${id}/${action}`, body);
const expanded = async (id: number) => (await call<WireOrder>("GET", `/v1/System/Orders/${id}?expanded=true`)).body;
const lastRecord = async (id: number) => (await expanded(id)).history?.at(-1);

/** The fields an action changed, compared on the whole order. */
function changed(before: WireOrder, after: WireOrder): string[] {
  const keys = Object.keys(after) as (keyof WireOrder)[];
  return keys.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key])).sort();
}

describe("sent / delivered / done / cancel", () => {
  it("sent: sets sent and the status, records it, and is refused once sent", async () => {
    const order = pick(open);
    const reply = await patch(order.id, "sent");
    expect(reply.status).toBe(200);
    expect(reply.body.sent).toBe(true);
    expect(reply.body.status).toBe(6);
    expect(changed(order, reply.body)).toEqual(["sent", "status"]);
    expect((await lastRecord(order.id))?.record).toEqual({ name: "Objednávka odeslána", status: "Odeslána" });
    const again = await refused(order.id, "sent");
    expect(again.status).toBe(422);
    expect(again.body).toEqual({
      message: `Order ${order.id} cannot be marked as sent: it has already been sent.`,
      detail: "An order can be marked as sent when it is neither canceled nor sent.",
    });
  });

  it("delivered: needs a sent order, then sets delivered once", async () => {
    const order = pick(open);
    const early = await refused(order.id, "delivered");
    expect(early.status).toBe(422);
    expect(early.body.message).toBe(`Order ${order.id} cannot be marked as delivered: it has not been sent yet.`);
    await patch(order.id, "sent");
    const reply = await patch(order.id, "delivered");
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ sent: true, delivered: true, status: 7 });
    expect((await refused(order.id, "delivered")).body.message).toContain("it has already been delivered");
  });

  it("done: sets done on an order that is not canceled, once", async () => {
    const order = pick((o) => o.sent && o.delivered && !o.done && !o.canceled);
    const reply = await patch(order.id, "done");
    expect(reply.status).toBe(200);
    expect(changed(order, reply.body)).toEqual(["done", "status"]);
    expect(reply.body.status).toBe(8);
    expect((await refused(order.id, "done")).body.message).toBe(
      `Order ${order.id} cannot be marked as done: it is already done.`,
    );
    expect((await refused(order.id, "cancel")).body.message).toBe(
      `Order ${order.id} cannot be canceled: it is already done.`,
    );
  });

  it("cancel: cancels an open order, then every action but set status is refused", async () => {
    const order = pick(open);
    const reply = await patch(order.id, "cancel");
    expect(reply.status).toBe(200);
    expect(changed(order, reply.body)).toEqual(["canceled", "status"]);
    expect(reply.body.status).toBe(9);
    for (const action of ["cancel", "sent", "delivered", "done"]) {
      const again = await refused(order.id, action);
      expect(again.status, action).toBe(422);
      expect(again.body.message, action).toMatch(/: it is (already )?canceled\.$/);
    }
    expect((await refused(order.id, "paid", { paid: 1 })).status).toBe(422);
  });

  it("refuses done and cancel on the generated canceled and done orders", async () => {
    const canceled = all().find((o) => o.canceled)!;
    const done = all().find((o) => o.done)!;
    expect((await refused(canceled.id, "done")).status).toBe(422);
    expect((await refused(done.id, "cancel")).status).toBe(422);
    expect((await refused(done.id, "done")).status).toBe(422);
  });
});

describe("PATCH status", () => {
  it("sets any status of the instance and records the change", async () => {
    const order = pick(open);
    const reply = await patch(order.id, "status", { statusId: 4 });
    expect(reply.status).toBe(200);
    expect(changed(order, reply.body)).toEqual(["status"]);
    expect((await lastRecord(order.id))?.record).toEqual({
      name: "Změna stavu na „Vyřizuje se“",
      status: "Vyřizuje se",
    });
  });

  it("a completeOrder status also sets done; a cancelOrder status also sets canceled", async () => {
    const first = pick(open);
    expect((await patch(first.id, "status", { statusId: 8 })).body).toMatchObject({ status: 8, done: true });
    expect((await refused(first.id, "status", { statusId: 9 })).body.message).toBe(
      `Order ${first.id} cannot be set to "Stornována": it is already done.`,
    );
    const second = pick(open);
    expect((await patch(second.id, "status", { statusId: 10 })).body).toMatchObject({ status: 10, canceled: true });
    expect((await refused(second.id, "status", { statusId: 8 })).status).toBe(422);
    expect((await patch(second.id, "status", { statusId: 9 })).status).toBe(200);
  });

  it("refuses an unknown status id with 422", async () => {
    const reply = await refused(all()[0]!.id, "status", { statusId: 99 });
    expect(reply.status).toBe(422);
    expect(reply.body.message).toBe("Order status 99 does not exist.");
  });

  it.each([[undefined], [{}], [{ statusId: "4" }], [{ statusId: 4.5 }], [[4]]])(
    "refuses the body %j with 400 naming statusId",
    async (body) => {
      const reply = await refused(all()[0]!.id, "status", body);
      expect(reply.status).toBe(400);
      expect(`${reply.body.message} ${reply.body.detail}`).toContain("statusId");
    },
  );
});

describe("PATCH paid", () => {
  it("adds payments up to the total, sets datePaid, then refuses more", async () => {
    const order = pick((o) => open(o) && o.paid === 0 && o.money > 10);
    const part = (cents(order.money) - 1000) / 100;
    const first = await patch(order.id, "paid", {
      paid: part,
      paymentId: "GP-1",
      status: "PAID",
      url: "https://pay.test/1",
    });
    expect(first.status).toBe(200);
    expect(changed(order, first.body)).toEqual(["datePaid", "paid"]);
    expect(cents(first.body.paid)).toBe(cents(part));
    expect(Math.abs(Date.parse(first.body.datePaid!) - Date.now())).toBeLessThan(5_000);
    expect((await lastRecord(order.id))?.type).toBe("payment");

    const over = await refused(order.id, "paid", { paid: 10.01 });
    expect(over.status).toBe(422);
    expect(over.body.message).toBe(
      `Order ${order.id} cannot be paid: the payment of 10.01 ${order.orderCurrencyCode} exceeds the remaining 10.00 ${order.orderCurrencyCode}.`,
    );
    const rest = await patch(order.id, "paid", { paid: 10 });
    expect(cents(rest.body.paid)).toBe(cents(order.money));
    expect((await refused(order.id, "paid", { paid: 1 })).body.message).toBe(
      `Order ${order.id} cannot be paid: it is already fully paid.`,
    );
  });

  it("refuses a fully paid or canceled order with 422", async () => {
    const paid = all().find((o) => !o.canceled && cents(o.paid) === cents(o.money))!;
    expect((await refused(paid.id, "paid", { paid: 1 })).status).toBe(422);
    const canceled = all().find((o) => o.canceled)!;
    expect((await refused(canceled.id, "paid", { paid: 1 })).body.message).toBe(
      `Order ${canceled.id} cannot be paid: it is canceled.`,
    );
  });

  it.each([[{}], [{ paid: "10" }], [{ paid: 1.234 }], [{ paid: -5 }], [{ paid: 0 }], [{ paid: 5, paymentId: 7 }]])(
    "refuses the body %j with 400 naming the field",
    async (body) => {
      const order = all().find((o) => open(o) && o.paid === 0)!;
      const reply = await refused(order.id, "paid", body);
      expect(reply.status).toBe(400);
      expect(reply.body.message).toMatch(/Field '(paid|paymentId)'/);
    },
  );
});
