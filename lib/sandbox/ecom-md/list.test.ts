// GET /external/external-order/: DRF paging, ordering, the created_after and status filters, languages.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningSandbox } from "../core/server";
import { startTestSandbox } from "../testing";
import { ECOM_STATUSES } from "./constants";
import { createEcomMdSandbox } from "./index";
import { API, allOrders, getJson, type OrderJson, type PageJson } from "./test-helpers";

let sandbox: RunningSandbox;
let base: string;
let list: string;
let everything: OrderJson[];

beforeAll(async () => {
  sandbox = await startTestSandbox({ factories: { "ecom-md": createEcomMdSandbox }, count: 60 });
  base = sandbox.baseUrl("ecom-md");
  list = `${base}/external/external-order/`;
  everything = await allOrders(base);
});
afterAll(async () => {
  await sandbox.stop();
});

const epoch = (iso: string) => Date.parse(iso) / 1000;

describe("ecom-md order list paging", () => {
  it("defaults to 100 per page, newest first, in DRF's envelope", async () => {
    const { status, body } = await getJson<PageJson<OrderJson>>(list);
    expect(status).toBe(200);
    expect(Object.keys(body)).toEqual(["count", "next", "previous", "results"]);
    expect(body.count).toBe(61); // 60 generated + the seed's order 294
    expect(body.results).toHaveLength(61);
    expect(body.next).toBeNull();
    const times = body.results.map((o) => epoch(o.created_at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("walks every order exactly once through absolute next links", async () => {
    const seen: number[] = [];
    let url: string | null = `${list}?page_size=7`;
    let pages = 0;
    let previous: string | null = null;
    while (url) {
      const page: { status: number; body: PageJson<OrderJson> } = await getJson<PageJson<OrderJson>>(url);
      expect(page.status).toBe(200);
      expect(page.body.results.length).toBeLessThanOrEqual(7);
      expect(page.body.previous).toBe(previous);
      seen.push(...page.body.results.map((o) => o.id));
      previous = url.includes("page=") ? url : `${list}?page_size=7`;
      url = page.body.next;
      if (url) expect(url.startsWith(`${base}/external/external-order/?`)).toBe(true);
      pages++;
    }
    expect(pages).toBe(9);
    expect(new Set(seen).size).toBe(61);
    expect(seen.sort()).toEqual(everything.map((o) => o.id).sort());
  });

  it("builds links as DRF does: sorted query, page dropped on the way back to page 1", async () => {
    const second = await getJson<PageJson<OrderJson>>(`${list}?status=done&page_size=2&page=2`);
    expect(second.body.previous).toBe(`${list}?page_size=2&status=done`);
    expect(second.body.next).toBe(`${list}?page=3&page_size=2&status=done`);
  });

  it("clamps page_size to 5000, ignores a bad one, and answers 404 for a page out of range", async () => {
    const big = await getJson<PageJson<OrderJson>>(`${list}?page_size=100000`);
    expect(big.body.results).toHaveLength(61);
    const bad = await getJson<PageJson<OrderJson>>(`${list}?page_size=abc`);
    expect(bad.body.results).toHaveLength(61);
    for (const page of ["0", "99", "x"]) {
      const res = await getJson(`${list}?page_size=10&page=${page}`);
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ detail: "Invalid page." });
    }
    const last = await getJson<PageJson<OrderJson>>(`${list}?page_size=10&page=last`);
    expect(last.body.results).toHaveLength(1);
  });
});

describe("ecom-md order list filters and ordering", () => {
  it("ordering=created_at is oldest first; -created_at newest first", async () => {
    const asc = (await getJson<PageJson<OrderJson>>(`${list}?ordering=created_at`)).body.results;
    const desc = (await getJson<PageJson<OrderJson>>(`${list}?ordering=-created_at`)).body.results;
    expect(asc.map((o) => o.id)).toEqual([...desc].reverse().map((o) => o.id));
    const times = asc.map((o) => epoch(o.created_at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it("created_after keeps orders created at or after that Unix second", async () => {
    const pivot = epoch(everything[20]!.created_at);
    const { body } = await getJson<PageJson<OrderJson>>(`${list}?created_after=${pivot}`);
    const expected = everything.filter((o) => epoch(o.created_at) >= pivot);
    expect(body.count).toBe(expected.length);
    expect(body.count).toBeLessThan(61);
    expect(body.results.every((o) => epoch(o.created_at) >= pivot)).toBe(true);
    expect(body.results.map((o) => o.id).sort()).toEqual(expected.map((o) => o.id).sort());
  });

  it("created_after must be a number (seconds, not ISO)", async () => {
    const res = await getJson(`${list}?created_after=2025-03-11`);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ created_after: ["Enter a number."] });
  });

  it("status takes a comma list, in snake_case or the docs' underscore-less form", async () => {
    const { body } = await getJson<PageJson<OrderJson>>(`${list}?status=new,done`);
    const expected = everything.filter((o) => o.status === "new" || o.status === "done");
    expect(expected.length).toBeGreaterThan(0);
    expect(body.results.map((o) => o.id).sort()).toEqual(expected.map((o) => o.id).sort());
    const snake = await getJson<PageJson<OrderJson>>(`${list}?status=in_collection,on_delivery`);
    const stripped = await getJson<PageJson<OrderJson>>(`${list}?status=incollection,ondelivery`);
    expect(snake.body.results.length).toBeGreaterThan(0);
    expect(snake.body.results.every((o) => ["in_collection", "on_delivery"].includes(o.status))).toBe(true);
    expect(stripped.body).toEqual(snake.body);
  });

  it("an unknown status is django-filter's 400", async () => {
    const res = await getJson(`${list}?status=new,shipped`);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ status: ["Select a valid choice. shipped is not one of the available choices."] });
  });

  it("filters combine with each other and with ordering", async () => {
    const pivot = epoch(everything[40]!.created_at);
    const { body } = await getJson<PageJson<OrderJson>>(
      `${list}?status=completed_and_closed,done&created_after=${pivot}&ordering=created_at`,
    );
    const expected = everything
      .filter((o) => ["completed_and_closed", "done"].includes(o.status) && epoch(o.created_at) >= pivot)
      .reverse();
    expect(body.results.map((o) => o.id)).toEqual(expected.map((o) => o.id));
  });
});

describe("ecom-md order shape", () => {
  it("statuses are the 17 snake_case values and dates carry the Chișinău offset", () => {
    for (const order of everything) {
      expect(ECOM_STATUSES).toContain(order.status);
      expect(order.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0[23]:00$/);
      expect(order.order_items.every((i) => i.order_status === order.status)).toBe(true);
    }
  });

  it("Accept-Language picks the plain name fields; ro by default", async () => {
    const ro = (await getJson<OrderJson>(`${list}294/`)).body;
    const ru = (await getJson<OrderJson>(`${list}294/`, { ...API, "Accept-Language": "ru-RU,ru;q=0.9,en;q=0.5" })).body;
    expect(ro.order_items[0]!.product.name).toBe("Baterii Duracell AA x4");
    expect(ru.order_items[0]!.product.name).toBe("Батарейки Duracell AA x4");
    expect(ru.customer.address?.address).toBe("ул. Алеку Руссо 15/2, кв. 41");
  });
});
