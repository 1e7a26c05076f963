// Every action against the Retailys sandbox: the state as re-read changes, a state the platform refuses comes
// back as PlatformError("refused") in its own words, and what Retailys cannot do is "unsupported".
import { beforeAll, describe, expect, it } from "vitest";
import type { ActionInput } from "../../domain/action";
import { subtractDecimal } from "../../domain/decimal";
import type { Order } from "../../domain/order";
import { adapterHarness } from "../../testing/adapter-harness";
import { failure } from "../../testing/platform-failure";
import { retailysAdapter as adapter } from "./index";
import { orderSchema } from "./schema";

const { allOrders, connectionTo, contextFor, performAndReread, sandboxPerFile } = adapterHarness(adapter);

const sandbox = sandboxPerFile();
let orders: Order[];
const used = new Set<string>();
const conn = () => connectionTo(sandbox());
let c: ReturnType<typeof conn>;

beforeAll(async () => {
  c = conn();
  orders = await allOrders(c, contextFor(c));
});

const flags = (order: Order) => orderSchema.parse(order.raw);

/** A not yet used order whose wire flags satisfy `test`. */
function pick(test: (raw: ReturnType<typeof flags>, order: Order) => boolean): Order {
  const order = orders.find((o) => !used.has(o.id) && test(flags(o), o));
  if (!order) throw new Error("no such order in the sandbox");
  used.add(order.id);
  return order;
}

const open = (raw: ReturnType<typeof flags>) => !raw.canceled && !raw.sent && !raw.done;
const run = (order: Order, action: ActionInput) => performAndReread(c, order.id, action, contextFor(c));
const keys = (order: Order) => adapter.availableActions(order).map((a) => a.key);

describe("flag moves", () => {
  it("Mark as shipped, delivered, done: each re-read with its flag and stage", async () => {
    const order = pick(open);
    expect(keys(order)).toContain("set-status:sent");
    const shipped = await run(order, { type: "set-status", status: "sent" });
    expect(flags(shipped).sent).toBe(true);
    expect(shipped.status.stage).toBe("shipped");
    expect(keys(shipped)).toContain("set-status:delivered");
    const delivered = await run(order, { type: "set-status", status: "delivered" });
    expect(delivered.status.stage).toBe("delivered");
    const done = await run(order, { type: "set-status", status: "done" });
    expect(done.status.stage).toBe("completed");
    expect(keys(done)).not.toContain("cancel");
  });

  it("Mark as shipped on a sent order is refused in Retailys' words", async () => {
    const order = pick((raw) => raw.sent && !raw.canceled);
    const error = await failure(run(order, { type: "set-status", status: "sent" }));
    expect(error).toMatchObject({ kind: "refused", details: { status: 422 } });
    expect(error.message).toContain(`Order ${order.id} cannot be marked as sent: it has already been sent.`);
  });

  it("Mark as delivered before sending is refused", async () => {
    const order = pick(open);
    const error = await failure(run(order, { type: "set-status", status: "delivered" }));
    expect(error.kind).toBe("refused");
    expect(error.message).toContain("it has not been sent yet");
  });

  it("Cancel order cancels; cancelling again is refused", async () => {
    const order = pick(open);
    const cancelled = await run(order, { type: "cancel" });
    expect(flags(cancelled).canceled).toBe(true);
    expect(cancelled.status.stage).toBe("cancelled");
    expect(keys(cancelled)).toEqual(["set-status"]);
    const again = await failure(run(order, { type: "cancel" }));
    expect(again.kind).toBe("refused");
    expect(again.message).toContain("it is already canceled");
  });
});

describe("status and payment", () => {
  it("Change status sets an instance status by id", async () => {
    const order = pick(open);
    const options = adapter.availableActions(order).find((a) => a.key === "set-status")?.statusOptions ?? [];
    expect(options.map((o) => o.code)).toContain("4");
    const changed = await run(order, { type: "set-status", status: "4" });
    expect(changed.status).toMatchObject({ code: "4", label: "Vyřizuje se" });
  });

  it("an unknown status id is refused by the platform, a made-up word by us", async () => {
    const order = pick(open);
    const error = await failure(run(order, { type: "set-status", status: "99" }));
    expect(error).toMatchObject({ kind: "refused", details: { status: 422 } });
    expect(error.message).toContain("Order status 99 does not exist.");
    expect((await failure(run(order, { type: "set-status", status: "shipped-ish" }))).kind).toBe("refused");
  });

  it("Mark as paid with the exact remainder makes the order paid", async () => {
    const order = pick((raw) => !raw.canceled && raw.paid !== raw.money && raw.money !== "0");
    const remainder = subtractDecimal(order.totals.total.amount, order.payment.paid?.amount ?? "0");
    const paid = await run(order, { type: "mark-paid", amount: remainder, reference: "BANK-2026-17" });
    expect(paid.payment.status?.code).toBe("paid");
    expect(paid.payment.paid?.amount).toBe(order.totals.total.amount);
    expect(keys(paid)).not.toContain("mark-paid");
    expect(paid.extras.history?.at(-1)?.text).toContain("BANK-2026-17");
  });

  it("paying more than the remainder is refused", async () => {
    const order = pick((raw) => !raw.canceled && raw.paid !== raw.money);
    const error = await failure(run(order, { type: "mark-paid", amount: "999999.99" }));
    expect(error.kind).toBe("refused");
    expect(error.message).toContain("exceeds the remaining");
  });
});

describe("tracking and notes", () => {
  it("Add tracking number sends the shipper id of the connection's carrier name, or a typed shipper id", async () => {
    // This instance's ids are not the made-up 1–5 of old: here PPL is the instance's shipper 5.
    const mapped = connectionTo(sandbox(), { options: { carriers: "PPL=5, Zásilkovna=4" } });
    const order = pick((raw) => !raw.canceled);
    const send = (carrier: string, trackingNumber: string) =>
      performAndReread(mapped, order.id, { type: "add-tracking", trackingNumber, carrier }, contextFor(mapped));
    const tracked = await send("ppl", "40512830001");
    expect(flags(tracked).trackings.at(-1)).toMatchObject({ shipperId: "5", trackingNumber: "40512830001" });
    expect(tracked.shipping.tracking.at(-1)).toMatchObject({ number: "40512830001", carrier: "PPL" });
    // A well-known carrier's alias finds its mapped name; a typed shipper id is sent as is.
    expect(flags(await send("Packeta", "Z1234567890")).trackings.at(-1)?.shipperId).toBe("4");
    expect(flags(await send("3", "DPD-77")).trackings.at(-1)?.shipperId).toBe("3");
  });

  it("Add note writes a history record with the current status", async () => {
    const order = pick((raw) => !raw.canceled);
    const noted = await run(order, { type: "add-note", text: "Zákazník volal, balík vyzvedne osobně." });
    expect(noted.extras.history?.at(-1)?.text).toBe(`Zákazník volal, balík vyzvedne osobně. (${order.status.label})`);
  });

  it("a note on a canceled order is refused", async () => {
    const order = pick((raw) => raw.canceled);
    const error = await failure(run(order, { type: "add-note", text: "Too late" }));
    expect(error).toMatchObject({ kind: "refused", details: { status: 422 } });
    expect(error.message).toContain("it is canceled");
  });
});

describe("items", () => {
  it("Add, Edit and Delete item change the lines as re-read", async () => {
    const order = pick(open);
    const added = await run(order, { type: "add-item", sku: "DP-2001", quantity: 2, unitPrice: "416.50" });
    expect(added.lineCount).toBe(order.lineCount + 1);
    const line = added.lines.at(-1)!;
    expect(line).toMatchObject({ sku: "DP-2001", quantity: 2 });
    expect(line.unitPrice?.amount).toBe("416.50");
    expect(line.total?.amount).toBe("833.00");

    const edited = await run(order, {
      type: "edit-item",
      lineId: line.id,
      quantity: 3,
      unitPrice: "100.10",
      note: "Bez krabice",
    });
    const after = edited.lines.find((l) => l.id === line.id);
    expect(after?.quantity).toBe(3);
    expect(after?.total?.amount).toBe("300.30");
    expect(edited.extras.facts).toContainEqual({ label: "Item note DP-2001", value: "Bez krabice" });

    const deleted = await run(order, { type: "delete-item", lineId: line.id });
    expect(deleted.lines.map((l) => l.id)).not.toContain(line.id);
    expect(deleted.lineCount).toBe(order.lineCount);
  });

  it("deleting an item of a sent order is refused", async () => {
    const order = pick((raw, o) => raw.sent && !raw.canceled && o.lines.length > 0);
    expect(keys(order).some((k) => k.startsWith("delete-item"))).toBe(false);
    const error = await failure(run(order, { type: "delete-item", lineId: order.lines[0]!.id }));
    expect(error).toMatchObject({ kind: "refused", details: { status: 422 } });
    expect(error.message).toContain("it has already been sent");
  });
});

describe("unsupported", () => {
  it("create-invoice, reject-item and mark-exported are not Retailys operations", async () => {
    const order = pick(open);
    for (const action of [
      { type: "create-invoice" },
      { type: "reject-item", lineId: "1" },
      { type: "mark-exported" },
    ] as ActionInput[]) {
      expect((await failure(run(order, action))).kind).toBe("unsupported");
    }
  });
});
