// GET /v1/System/Orders: paging limits, newest-first order, and every documented filter.
import { describe, expect, it } from "vitest";
import { type OrderPage, retailysForTests, type WireOrder } from "./test-client";

// These tests fire many requests in a burst: the default 100/s limit is lifted.
const { call, all } = retailysForTests({ unlimited: true });

const list = (query: string) => call<OrderPage>("GET", `/v1/System/Orders?per_page=250&${query}`);
const ids = (orders: WireOrder[]) => orders.map((o) => o.id);

describe("paging", () => {
  it("defaults to page 1 of 10 and reports the paginator", async () => {
    const reply = await call<OrderPage>("GET", "/v1/System/Orders");
    expect(reply.body.paginator).toEqual({ page: 1, perPage: 10, pages: 7, total: 62 });
    expect(ids(reply.body.orders)).toEqual(ids(all().slice(0, 10)));
  });

  it.each([10, 25, 250])("walks every order once with per_page=%i", async (perPage) => {
    const seen: number[] = [];
    for (let page = 1; ; page++) {
      const reply = await call<OrderPage>("GET", `/v1/System/Orders?page=${page}&per_page=${perPage}`);
      expect(reply.body.paginator).toMatchObject({ page, perPage, total: 62, pages: Math.ceil(62 / perPage) });
      seen.push(...ids(reply.body.orders));
      if (page >= reply.body.paginator.pages) break;
    }
    expect(seen).toEqual(ids(all()));
    expect(new Set(seen).size).toBe(62);
  });

  it("answers an empty page past the end", async () => {
    const reply = await call<OrderPage>("GET", "/v1/System/Orders?page=99");
    expect(reply.status).toBe(200);
    expect(reply.body.orders).toEqual([]);
    expect(reply.body.paginator).toEqual({ page: 99, perPage: 10, pages: 7, total: 62 });
  });

  it.each([
    ["per_page=9", "per_page"],
    ["per_page=251", "per_page"],
    ["per_page=ten", "per_page"],
    ["page=0", "page"],
    ["page=-1", "page"],
  ])("refuses %s with 400 naming the parameter", async (query, name) => {
    const reply = await call("GET", `/v1/System/Orders?${query}`);
    expect(reply.status).toBe(400);
    expect(reply.body.message).toContain(`'${name}'`);
    expect(typeof reply.body.detail).toBe("string");
  });

  it("sorts newest first by dateOrder, then id [assumed]", () => {
    const orders = all();
    for (let i = 1; i < orders.length; i++) {
      const [a, b] = [orders[i - 1]!, orders[i]!];
      const [ta, tb] = [Date.parse(a.dateOrder), Date.parse(b.dateOrder)];
      expect(ta > tb || (ta === tb && a.id > b.id)).toBe(true);
    }
  });
});

describe("filters", () => {
  it("channel_id", async () => {
    const { orders } = (await list("channel_id=2")).body;
    expect(orders.length).toBeGreaterThan(0);
    expect(ids(orders)).toEqual(ids(all().filter((o) => o.channel.id === 2)));
    expect(orders.every((o) => o.orderCurrencyCode === "EUR")).toBe(true);
  });

  it("company_id", async () => {
    const company = all().find((o) => o.company !== null)?.company;
    expect(company).toBeDefined();
    const { orders } = (await list(`company_id=${company}`)).body;
    expect(orders.length).toBeGreaterThan(0);
    expect(ids(orders)).toEqual(ids(all().filter((o) => o.company === company)));
  });

  it("customer_id", async () => {
    const counts = new Map<number, number>();
    for (const o of all()) if (o.customer !== null) counts.set(o.customer, (counts.get(o.customer) ?? 0) + 1);
    const [customer] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    const { orders } = (await list(`customer_id=${customer}`)).body;
    expect(orders.length).toBe(counts.get(customer));
    expect(orders.every((o) => o.customer === customer)).toBe(true);
  });

  it.each([
    ["done", "true", true],
    ["done", "1", true],
    ["done", "false", false],
    ["done", "0", false],
    ["canceled", "true", true],
    ["canceled", "1", true],
    ["canceled", "false", false],
    ["canceled", "0", false],
  ] as const)("%s=%s", async (flag, value, expected) => {
    const { orders } = (await list(`${flag}=${value}`)).body;
    expect(orders.length).toBeGreaterThan(0);
    expect(ids(orders)).toEqual(ids(all().filter((o) => o[flag] === expected)));
  });

  it("status_id", async () => {
    const { orders } = (await list("status_id=8")).body;
    expect(orders.length).toBeGreaterThan(0);
    expect(ids(orders)).toEqual(ids(all().filter((o) => o.status === 8)));
  });

  it("from and to (inclusive, ISO-8601 with offset) on dateOrder", async () => {
    const from = all()[40]!.dateOrder;
    const to = all()[10]!.dateOrder;
    const window = (await list(`from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`)).body.orders;
    expect(ids(window)).toEqual(ids(all().slice(10, 41)));
    const after = (await list(`from=${encodeURIComponent(from)}`)).body.orders;
    expect(ids(after)).toEqual(ids(all().slice(0, 41)));
    const before = (await list(`to=${encodeURIComponent(to)}`)).body.orders;
    expect(ids(before)).toEqual(ids(all().slice(10)));
  });

  it("reads from/to in any offset, and an unencoded '+' (a space after decoding)", async () => {
    const at = Date.parse(all()[20]!.dateOrder);
    const utc = new Date(at).toISOString().replace(".000Z", "Z");
    const tokyo = `${new Date(at + 9 * 3_600_000).toISOString().slice(0, 19)}+09:00`;
    const expected = ids(all().slice(20));
    expect(ids((await list(`to=${utc}`)).body.orders)).toEqual(expected);
    expect(ids((await list(`to=${tokyo}`)).body.orders)).toEqual(expected);
    expect(ids((await list(`to=${all()[20]!.dateOrder}`)).body.orders)).toEqual(expected);
  });

  it.each(["2026-11-01", "yesterday", "2026-02-30T10:00:00+01:00", "2026-11-01T25:00:00+01:00", "2026-11-01T10:00:00"])(
    "refuses a malformed date (%s) with 400",
    async (value) => {
      const reply = await call("GET", `/v1/System/Orders?from=${encodeURIComponent(value)}`);
      expect(reply.status).toBe(400);
      expect(reply.body.message).toContain("'from'");
    },
  );

  it("refuses a malformed boolean or id with 400", async () => {
    expect((await call("GET", "/v1/System/Orders?done=yes")).status).toBe(400);
    expect((await call("GET", "/v1/System/Orders?canceled=2")).status).toBe(400);
    expect((await call("GET", "/v1/System/Orders?channel_id=abc")).status).toBe(400);
    expect((await call("GET", "/v1/System/Orders?status_id=1.5")).status).toBe(400);
  });

  it("tracking matches a tracking number", async () => {
    const tracked = all().find((o) => o.trackings.length > 0)!;
    const number = tracked.trackings[0]!.trackingNumber;
    const { orders } = (await list(`tracking=${encodeURIComponent(number)}`)).body;
    expect(ids(orders)).toEqual([tracked.id]);
    expect((await list("tracking=NO-SUCH-PARCEL")).body.orders).toEqual([]);
  });

  it("expanded=true expands the channel and adds the history", async () => {
    const plain = (await list("")).body.orders[0]!;
    expect(Object.keys(plain.channel).sort()).toEqual(["apiLink", "id"]);
    expect(plain.history).toBeUndefined();
    const expanded = (await list("expanded=true")).body.orders[0]!;
    expect(expanded.channel).toMatchObject({ id: plain.channel.id, apiLink: plain.channel.apiLink });
    expect(typeof expanded.channel.name).toBe("string");
    expect(expanded.history?.length).toBeGreaterThan(0);
    expect({ ...expanded, channel: plain.channel, history: undefined }).toEqual({ ...plain, history: undefined });
  });

  it("combines filters (AND)", async () => {
    const { orders } = (await list("channel_id=1&done=false&canceled=0")).body;
    expect(ids(orders)).toEqual(ids(all().filter((o) => o.channel.id === 1 && !o.done && !o.canceled)));
  });
});
