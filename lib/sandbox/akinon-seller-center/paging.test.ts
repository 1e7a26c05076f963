import { beforeAll, describe, expect, it } from "vitest";
import { type Page, PLATFORM, sellerCenterForTests } from "./test-client";
import type { OrderItemWire, OrderWire } from "./types";

const { sandbox, api } = sellerCenterForTests();
let base: string;

beforeAll(async () => {
  base = `${sandbox.baseUrl(PLATFORM)}/api/i1`;
});

describe("page / limit paging", () => {
  it("walks every order exactly once through the absolute next links, newest first", async () => {
    const first = await api.json<Page<OrderWire>>("/api/i1/orders/?limit=7");
    expect(first.count).toBe(62); // 60 generated + the seed's two orders
    const seen: OrderWire[] = [];
    let page: Page<OrderWire> | null = first;
    while (page) {
      expect(page.results.length).toBeLessThanOrEqual(7);
      seen.push(...page.results);
      page = page.next ? await api.json<Page<OrderWire>>(page.next) : null;
    }
    expect(seen).toHaveLength(62);
    expect(new Set(seen.map((order) => order.id)).size).toBe(62);
    const placed = seen.map((order) => order.date_placed);
    expect(placed).toEqual([...placed].sort().reverse());
  });

  it("defaults to 10, clamps a large limit to 100, ignores 0 and junk", async () => {
    const items = await api.json<Page<OrderItemWire>>("/api/i1/order-items/");
    expect(items.count).toBeGreaterThan(100);
    expect(items.results).toHaveLength(10);
    expect((await api.json<Page<OrderItemWire>>("/api/i1/order-items/?limit=500")).results).toHaveLength(100);
    expect((await api.json<Page<OrderItemWire>>("/api/i1/order-items/?limit=0")).results).toHaveLength(10);
    expect((await api.json<Page<OrderItemWire>>("/api/i1/order-items/?limit=-3")).results).toHaveLength(10);
    expect((await api.json<Page<OrderItemWire>>("/api/i1/order-items/?limit=abc")).results).toHaveLength(10);
    expect((await api.json<Page<OrderItemWire>>("/api/i1/order-items/?limit=3")).results).toHaveLength(3);
  });

  it("builds links like DRF: other parameters kept and sorted, page dropped for page 1", async () => {
    const second = await api.json<Page<OrderWire>>("/api/i1/orders/?status=600&limit=5&page=2");
    expect(second.next).toBe(`${base}/orders/?limit=5&page=3&status=600`);
    expect(second.previous).toBe(`${base}/orders/?limit=5&status=600`);
    const third = await api.json<Page<OrderWire>>(second.next ?? "");
    expect(third.previous).toBe(`${base}/orders/?limit=5&page=2&status=600`);
  });

  it("answers 404 Invalid page. past the end, at 0 and for junk; 'last' is the last page", async () => {
    for (const page of ["99", "0", "-1", "x", "1.5"]) {
      const response = await api.request(`/api/i1/orders/?page=${page}`);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ detail: "Invalid page." });
    }
    const last = await api.json<Page<OrderWire>>("/api/i1/orders/?page=last&limit=25");
    expect(last.next).toBeNull();
    expect(last.results).toHaveLength(62 - 50);
    expect(last.previous).toBe(`${base}/orders/?limit=25&page=2`);
  });

  it("answers an empty first page when nothing matches", async () => {
    expect(await api.json("/api/i1/orders/?number=nope")).toEqual({
      count: 0,
      next: null,
      previous: null,
      results: [],
    });
  });
});
