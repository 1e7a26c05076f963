// A status change upserts the whole order, and the sandbox takes the stricter reading of the upsert: what the
// body leaves out (rrn, promocode, address) is cleared. So after a status change the order must read back
// exactly as before, but for its status: the adapter re-sends what the order already has.
import { describe, expect, it } from "vitest";
import { SANDBOX_CREDENTIALS } from "../../sandbox/credentials";
import { adapterHarness } from "../../testing/adapter-harness";
import { ecomMdAdapter as adapter } from "./index";

const { connect, performAndReread, sandboxPerFile } = adapterHarness(adapter);

const sandbox = sandboxPerFile({}, { resetBeforeEach: true });

type Json = Record<string, unknown>;
const ORDERS = "/external/external-order/";

async function platform(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${sandbox().baseUrl("ecom-md")}${path}`, {
    method,
    headers: {
      "API-Token": SANDBOX_CREDENTIALS["ecom-md"].apiToken,
      "Content-Type": "application/json",
      "Accept-Language": "ro",
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: await res.json().catch(() => null) };
}

/** The order and its delivery address as the platform has them, without the status the change moves. */
async function snapshot(id: number): Promise<{ order: Json; address: unknown }> {
  const order = (await platform("GET", `${ORDERS}${id}/`)).body as Json;
  const items = (order.order_items as Json[]).map(({ order_status: _status, ...rest }) => rest);
  const address = await platform("GET", `${ORDERS}${id}/address/`);
  return { order: { ...order, status: null, order_items: items }, address: address.body };
}

/** An order with everything an upsert could wipe: rrn, promo code, a full address in four languages. */
async function richOrder(id: number): Promise<void> {
  const created = await platform("POST", ORDERS, [
    {
      order_id: id,
      rrn: "517203948812",
      shop: 2,
      promocode: 1,
      order_items: [
        { product: 104392, quantity: 3, loyalty_price: "88.00", order_status: "new" },
        { product: 104401, quantity: 1, order_status: "new" },
      ],
      address: {
        address_id: 236999,
        store: 3,
        address_ro: "str. Alecu Russo 15/2, ap. 41",
        address_ru: "ул. Алеку Руссо 15/2, кв. 41",
        address_en: "15/2 Alecu Russo St., apt. 41",
        address_uk: "вул. Алеку Руссо 15/2, кв. 41",
        zip_code: 2068,
        region_id: 101,
        locality_id: 63933,
        sector: 11,
        address_type: "street",
      },
    },
  ]);
  expect(created.status).toBe(200);
}

describe("ecom-md status change keeps the rest of the order", () => {
  it("the sandbox's upsert replaces: a bare status upsert clears rrn, promo code and address", async () => {
    await richOrder(880001);
    const [item] = (await snapshot(880001)).order.order_items as Json[];
    const bare = await platform("POST", ORDERS, [
      { order_id: 880001, order_items: [{ order_id: item?.id, order_status: "confirmed" }] },
    ]);
    expect(bare.status).toBe(200);
    const after = (await platform("GET", `${ORDERS}880001/`)).body as Json;
    expect(after.payment).toMatchObject({ transaction_id: null, promo_code: null });
    expect((after.customer as Json).address).toBeNull();
  });

  it("after Change status, rrn, promo code, address and items are as they were", async () => {
    await richOrder(880002);
    const before = await snapshot(880002);
    expect(before.order.payment).toMatchObject({ transaction_id: "517203948812", promo_code: "BINEVENIT10" });
    const { conn, ctx } = connect(sandbox());
    const after = await performAndReread(conn, "880002", { type: "set-status", status: "confirmed" }, ctx);
    expect(after.status.code).toBe("confirmed");
    expect(await snapshot(880002)).toEqual(before);
  });

  it("after Cancel, nothing but the status changed", async () => {
    await richOrder(880003);
    const before = await snapshot(880003);
    const { conn, ctx } = connect(sandbox());
    await performAndReread(conn, "880003", { type: "cancel", reason: "customer asked" }, ctx);
    expect(await snapshot(880003)).toEqual(before);
  });

  it("the seed's order 294 through its whole delivery keeps its rrn and address", async () => {
    const before = await snapshot(294);
    const { conn, ctx } = connect(sandbox());
    for (const status of ["done", "completed_and_closed"]) {
      await performAndReread(conn, "294", { type: "set-status", status }, ctx);
      expect(await snapshot(294)).toEqual(before);
    }
  });

  it("an order without an address stays without one (no address is sent, none invented)", async () => {
    await richOrder(880004);
    const items = (await snapshot(880004)).order.order_items as Json[];
    // Take the address away with the platform's own upsert (rrn and promo code kept).
    const cleared = await platform("POST", ORDERS, [
      { order_id: 880004, rrn: "517203948812", promocode: 1, order_items: [{ order_id: items[0]?.id }] },
    ]);
    expect(cleared.status).toBe(200);
    const before = await snapshot(880004);
    expect(before.address).toEqual({ detail: "Not found." });
    const { conn, ctx } = connect(sandbox());
    await performAndReread(conn, "880004", { type: "set-status", status: "confirmed" }, ctx);
    expect(await snapshot(880004)).toEqual(before);
  });
});
