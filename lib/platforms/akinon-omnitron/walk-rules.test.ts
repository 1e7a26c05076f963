// The walk's rules against tenants made up in memory: a first page that cannot tell the order (one date
// throughout), and new orders arriving between two pages of a walk.
import { describe, expect, it } from "vitest";
import type { Order } from "../../domain/order";
import list from "./fixtures/orders-list.json" with { type: "json" };
import { parseOrder, toOrder } from "./mappers";
import { decodePosition, encodePosition, keyOf, newestFirst, type Position, sortNewestFirst } from "./paging";
import { firstStep, nextStep, type ReadPage } from "./walk";

const seed = list.results[0]!;
const orderAt = (id: number, placed: string): Order => {
  const raw = { ...seed, id, number: String(1_000 + id), date_placed: placed };
  return toOrder(parseOrder(raw), raw, "c");
};

/** A tenant listing `orders()` in `direction`, `length` to a page, numbered pages and next links. */
function tenant(orders: () => Order[], direction: "newest-first" | "oldest-first", length: number) {
  const requests: number[] = [];
  const read: ReadPage = async ({ path, query }) => {
    const url = new URL(path, "http://tenant.invalid");
    const page = Number(query?.page ?? url.searchParams.get("page") ?? 1);
    requests.push(page);
    const sorted = sortNewestFirst(orders());
    if (direction === "oldest-first") sorted.reverse();
    const next = page * length < sorted.length ? `/api/i1/orders/?page=${page + 1}` : null;
    return { orders: sorted.slice((page - 1) * length, page * length), unreadable: [], count: sorted.length, next };
  };
  return { read, requests };
}

async function walkAll(read: ReadPage, limit: number, between: () => void = () => {}): Promise<Order[]> {
  const given: Order[] = [];
  let step = await firstStep(read, {}, limit);
  given.push(...step.orders);
  for (let calls = 0; step.next; calls++) {
    if (calls > 200) throw new Error("the walk does not end");
    between();
    // The position goes to the browser and back as text.
    const position: Position = decodePosition(encodePosition(step.next));
    step = await nextStep(read, {}, limit, position);
    given.push(...step.orders);
  }
  return given;
}

const inOrder = (orders: Order[]) =>
  orders.every((order, i) => i === 0 || newestFirst(keyOf(orders[i - 1]!), keyOf(order)) < 0);

describe("the list walk", () => {
  it("reads the last page when page 1 has one date throughout, and walks an oldest-first tenant back", async () => {
    // Three days, ten orders each, placed in the same instant (an import): page 1 alone cannot tell the order.
    const days = ["2026-03-01T10:00:00Z", "2026-03-02T10:00:00Z", "2026-03-03T10:00:00Z"];
    const orders = days.flatMap((day, d) => Array.from({ length: 10 }, (_, i) => orderAt(d * 10 + i + 1, day)));
    const { read, requests } = tenant(() => orders, "oldest-first", 10);
    const given = await walkAll(read, 4);
    expect(given).toHaveLength(30);
    expect(new Set(given.map((order) => order.id)).size).toBe(30);
    expect(inOrder(given)).toBe(true);
    expect(requests.slice(0, 2)).toEqual([1, 3]);
  });

  it("gives every order once while new ones arrive between two pages of a newest-first tenant", async () => {
    const orders = Array.from({ length: 35 }, (_, i) =>
      orderAt(i + 1, new Date(Date.UTC(2026, 0, 1 + i)).toISOString()),
    );
    const { read } = tenant(() => orders, "newest-first", 10);
    let next = 100;
    const arrive = () => {
      for (let n = 0; n < 3; n++, next++) orders.push(orderAt(next, new Date(Date.UTC(2026, 5, next)).toISOString()));
    };
    const given = await walkAll(read, 6, arrive);
    expect(inOrder(given)).toBe(true);
    const ids = given.map((order) => order.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (let id = 1; id <= 35; id++) expect(ids).toContain(String(id));
  });
});
