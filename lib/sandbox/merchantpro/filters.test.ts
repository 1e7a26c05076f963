// Every filter of the seed narrows the list to exactly the matching orders.
// Independent reading of platforms.md §2's filter list; the adapter's tests keep their own on purpose.
import { beforeAll, describe, expect, it } from "vitest";
import { type Json, merchantProForTests } from "./test-helpers";

describe("merchantpro filters", () => {
  const mp = merchantProForTests();
  let orders: Json[];
  beforeAll(async () => {
    // Make sure the rarer values exist in a 60-order shop: substatuses and tags.
    const [a, b] = (await mp.all("fields=id&shipping_status=delivered")).map((o: Json) => o.id);
    await mp.patch(`/api/v2/orders/${a}`, {
      payment_substatus_id: 11,
      shipping_substatus_id: 21,
      tags: [{ name: "Filtru" }],
    });
    await mp.patch(`/api/v2/orders/${b}`, { tags: [{ name: "Filtru" }, { name: "Urgent" }] });
    orders = await mp.all("");
  });

  const ids = (list: Json[]) => list.map((o) => o.id).sort((x: number, y: number) => x - y);
  async function filtered(query: string): Promise<number[]> {
    const reply = await mp.get(`/api/v2/orders?${query}&limit=100`);
    expect(reply.status, query).toBe(200);
    return ids(reply.body.data);
  }
  const some = (field: string) => {
    const order = orders.find((o) => o[field] !== null && o[field] !== undefined && o[field] !== "");
    if (!order) throw new Error(`no order has ${field}`);
    return order[field];
  };

  it.each([
    "payment_status",
    "payment_substatus_id",
    "payment_method_code",
    "payment_transaction_id",
    "shipping_status",
    "shipping_substatus_id",
    "shipping_method_id",
    "shipping_awb",
    "customer_id",
    "customer_email",
    "id",
  ])("%s=<value> returns exactly the orders with that value", async (field) => {
    const value = some(field);
    const expected = ids(orders.filter((o) => o[field] !== null && String(o[field]) === String(value)));
    const got = await filtered(`${field}=${encodeURIComponent(String(value))}`);
    expect(got.length).toBeGreaterThan(0);
    expect(got).toEqual(expected);
  });

  it("ids= takes a comma list", async () => {
    const wanted = [orders[3].id, orders[10].id, 12345001];
    expect(await filtered(`ids=${wanted.join(",")}`)).toEqual([...wanted].sort((x, y) => x - y));
  });

  it("customer_email matches regardless of case", async () => {
    const email = some("customer_email");
    const expected = ids(orders.filter((o) => o.customer_email.toLowerCase() === email.toLowerCase()));
    expect(await filtered(`customer_email=${encodeURIComponent(email.toUpperCase())}`)).toEqual(expected);
  });

  it("created_after (inclusive) and created_before (exclusive) use the shop's calendar date", async () => {
    const day = "2026-02-01";
    const after = ids(orders.filter((o) => o.date_created.slice(0, 10) >= day));
    const before = ids(orders.filter((o) => o.date_created.slice(0, 10) < day));
    expect(after.length).toBeGreaterThan(0);
    expect(before.length).toBeGreaterThan(0);
    expect(await filtered(`created_after=${day}`)).toEqual(after);
    expect(await filtered(`created_before=${day}`)).toEqual(before);
    expect(await filtered("created_after=2020-01-01&created_before=2020-04-01")).toEqual(
      ids(orders.filter((o) => o.date_created >= "2020-01-01" && o.date_created < "2020-04-01")),
    );
    const bad = await mp.get("/api/v2/orders?created_after=01.02.2026");
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("invalid_parameter");
  });

  it("tag_name and tag_ids match the order's tags", async () => {
    const tagged = orders.filter((o) => o.tags?.some((t: Json) => t.name === "Filtru"));
    expect(tagged).toHaveLength(2);
    expect(await filtered("tag_name=Filtru")).toEqual(ids(tagged));
    const tagId = tagged[0].tags.find((t: Json) => t.name === "Filtru").id;
    const urgent = orders.filter((o) => o.tags?.some((t: Json) => t.id === 3 || t.id === tagId));
    expect(await filtered(`tag_ids=3,${tagId}`)).toEqual(ids(urgent));
  });

  it("combines filters with AND", async () => {
    const expected = ids(
      orders.filter((o) => o.payment_method_code === "cash_delivery" && o.shipping_status === "delivered"),
    );
    expect(await filtered("payment_method_code=cash_delivery&shipping_status=delivered")).toEqual(expected);
  });
});
