import { beforeAll, describe, expect, it } from "vitest";
import { SEED_EXAMPLE_ORDERS } from "./seed-examples";
import seedOrder1 from "./seed-examples/order-1.json" with { type: "json" };
import seedOrder2 from "./seed-examples/order-2.json" with { type: "json" };
import { omnitronForTests, startClient } from "./test-helpers";
import type { Order } from "./types";

const client = omnitronForTests();
let everything: Order[];
beforeAll(async () => {
  everything = await client.all();
});

const ids = (orders: readonly Order[]) => orders.map((order) => order.id);

describe("the seed document's examples", () => {
  it("GET ?number=1055565228112825 answers the seed's first order field by field", async () => {
    const page = await client.list("number=1055565228112825");
    expect(page.count).toBe(1);
    expect(page.results[0]).toStrictEqual(seedOrder1);
  });

  it("GET /api/i1/orders/2/ answers the seed's second order field by field", async () => {
    expect(await client.order(2)).toStrictEqual(seedOrder2);
    expect(await client.get("/api/v1/orders/2/")).toStrictEqual(seedOrder2);
  });

  it("generated orders carry the seed example's keys, in its order (plus the table's channel and modified_date)", () => {
    const keys = Object.keys(SEED_EXAMPLE_ORDERS[0]!);
    const itemKeys = Object.keys(SEED_EXAMPLE_ORDERS[0]!.orderitem_set[0]!);
    const addressKeys = Object.keys(SEED_EXAMPLE_ORDERS[0]!.shipping_address);
    for (const order of everything.filter((o) => o.id > 2)) {
      expect(Object.keys(order)).toEqual([...keys, "channel", "modified_date"]);
      expect(Object.keys(order.shipping_address)).toEqual(addressKeys);
      expect(Object.keys(order.billing_address)).toEqual(addressKeys);
      for (const item of order.orderitem_set) expect(Object.keys(item)).toEqual(itemKeys);
    }
  });
});

describe("paging: page + limit, DRF envelope", () => {
  it("walks every order exactly once, newest first [assumed default ordering]", async () => {
    const seen: number[] = [];
    let url: string | null = `${client.base}/api/i1/orders/?limit=7`;
    let pages = 0;
    while (url) {
      const response: Response = await fetch(url, {
        headers: { "content-type": "application/json", authorization: `Token ${client.token}` },
      });
      const page = (await response.json()) as { count: number; next: string | null; results: Order[] };
      expect(page.count).toBe(62);
      expect(page.results.length).toBeLessThanOrEqual(7);
      seen.push(...ids(page.results));
      url = page.next;
      pages++;
    }
    expect(pages).toBe(9);
    expect(seen).toHaveLength(62);
    expect(new Set(seen).size).toBe(62);
    expect(seen).toEqual(ids(everything));
    const placed = everything.map((order) => Date.parse(order.date_placed));
    for (let i = 1; i < placed.length; i++) expect(placed[i - 1]!).toBeGreaterThanOrEqual(placed[i]!);
  });

  it("writes absolute next/previous links that keep the other parameters (sorted, like DRF)", async () => {
    const first = await client.list("status=550&limit=5");
    expect(first.previous).toBeNull();
    expect(first.next).toBe(`${client.base}/api/i1/orders/?limit=5&page=2&status=550`);
    const second = await client.list("status=550&limit=5&page=2");
    expect(second.previous).toBe(`${client.base}/api/i1/orders/?limit=5&status=550`);
    const third = await client.list("status=550&limit=5&page=3");
    expect(third.previous).toBe(`${client.base}/api/i1/orders/?limit=5&page=2&status=550`);
  });

  it("defaults limit to 10, clamps it at 100 and ignores a non-positive or non-numeric one", async () => {
    expect((await client.list()).results).toHaveLength(10);
    expect((await client.list("limit=1000")).results).toHaveLength(62); // 62 < 100: clamped, not refused
    const big = await startClient({ count: 150 });
    try {
      const page = await big.list("limit=1000");
      expect(page.results).toHaveLength(100);
      expect(page.next).toBe(`${big.base}/api/i1/orders/?limit=1000&page=2`);
    } finally {
      await big.sandbox.stop();
    }
    for (const limit of ["0", "-3", "abc"]) expect((await client.list(`limit=${limit}`)).results).toHaveLength(10);
  });

  it("answers 404 'Invalid page.' past the end or for a bad page, and takes page=last", async () => {
    for (const page of ["8", "0", "x"]) {
      const response = await client.call("GET", `/api/i1/orders/?limit=10&page=${page}`);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ detail: "Invalid page." });
    }
    const last = await client.list("limit=10&page=last");
    expect(ids(last.results)).toEqual(ids(everything.slice(60)));
    expect(last.next).toBeNull();
  });

  it("answers page 1 with no results when nothing matches", async () => {
    const page = await client.list("number=0000");
    expect(page).toEqual({ count: 0, next: null, previous: null, results: [] });
  });
});

describe("filters", () => {
  it("is_send takes True/False and true/false, and ignores an unknown value", async () => {
    const waiting = everything.filter((order) => !order.is_send);
    const sent = everything.filter((order) => order.is_send);
    expect(waiting.length).toBeGreaterThan(0);
    expect(sent.length).toBeGreaterThan(0);
    for (const value of ["False", "false", "0"])
      expect(ids(await client.all(`is_send=${value}`))).toEqual(ids(waiting));
    for (const value of ["True", "true", "1"]) expect(ids(await client.all(`is_send=${value}`))).toEqual(ids(sent));
    expect((await client.list("is_send=maybe")).count).toBe(62);
  });

  it("status narrows to one code and refuses an unknown code", async () => {
    for (const status of ["400", "550", "100"]) {
      const orders = await client.all(`status=${status}`);
      expect(orders.length).toBeGreaterThan(0);
      expect(orders.every((order) => order.status === status)).toBe(true);
      expect(ids(orders)).toEqual(ids(everything.filter((order) => order.status === status)));
    }
    const response = await client.call("GET", "/api/i1/orders/?status=999");
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      status: ["Select a valid choice. 999 is not one of the available choices."],
    });
  });

  it("the ERP's own query: is_send=False&status=400", async () => {
    const orders = await client.all("is_send=False&status=400");
    expect(orders.length).toBeGreaterThan(0);
    expect(orders.every((order) => !order.is_send && order.status === "400")).toBe(true);
  });

  it("number matches exactly", async () => {
    const target = everything[5]!;
    expect(ids((await client.list(`number=${target.number}`)).results)).toEqual([target.id]);
    expect((await client.list(`number=${target.number.slice(0, 8)}`)).count).toBe(0);
  });

  it("date_placed__gte/gt/lte/lt bound the placed date, and a bad date is refused", async () => {
    const pivot = everything[20]!.date_placed;
    const at = Date.parse(pivot);
    const expectations: [string, (t: number) => boolean][] = [
      ["gte", (t) => t >= at],
      ["gt", (t) => t > at],
      ["lte", (t) => t <= at],
      ["lt", (t) => t < at],
    ];
    for (const [lookup, test] of expectations) {
      const orders = await client.all(`date_placed__${lookup}=${encodeURIComponent(pivot)}`);
      const expected = everything.filter((order) => test(Date.parse(order.date_placed)));
      expect(ids(orders)).toEqual(ids(expected));
    }
    const between = await client.all("date_placed__gte=2019-06-17&date_placed__lt=2019-06-18");
    expect(ids(between)).toEqual([1]);
    const response = await client.call("GET", "/api/i1/orders/?date_placed__gte=yesterday");
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ date_placed__gte: ["Enter a valid date/time."] });
  });

  it("channel [assumed] narrows by channel id, and refuses an unknown one", async () => {
    const web = await client.all("channel=1");
    expect(web.length).toBeGreaterThan(0);
    expect(web.every((order) => order.channel?.id === 1)).toBe(true);
    expect(ids(web)).toEqual(ids(everything.filter((order) => order.channel?.id === 1)));
    const response = await client.call("GET", "/api/i1/orders/?channel=99");
    expect(response.status).toBe(400);
  });

  it("ignores filters it does not know, like django-filter", async () => {
    expect((await client.list("colour=red")).count).toBe(62);
  });
});
