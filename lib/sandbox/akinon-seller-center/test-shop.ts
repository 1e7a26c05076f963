// Test-only: the Seller Center imitation with its shop controls (/_sandbox/orders/akinon-seller-center) and the
// readings through its own API that the shop tests share; each test file that calls shopFixture() starts its own.
import { afterAll, beforeAll, expect } from "vitest";
import type { RunningSandbox } from "../core/server";
import { later } from "../test-hooks";
import { type Client, PLATFORM, startSellerCenter } from "./test-client";
import type { CancellationPlanWire, OrderItemWire, OrderWire } from "./types";

export function shopFixture() {
  const running: RunningSandbox[] = [];
  let sandbox: RunningSandbox;
  let api: Client;
  const seeded = { orders: [] as OrderWire[], items: [] as OrderItemWire[] };

  beforeAll(async () => {
    ({ sandbox, api } = await startSellerCenter({ count: 60 }));
    running.push(sandbox);
    seeded.orders = await api.all("/api/i1/orders/");
    seeded.items = await api.all("/api/i1/order-items/");
  });
  afterAll(() => Promise.all(running.map((s) => s.stop())));

  const control = (method: string, path = "", body?: unknown, on: RunningSandbox = sandbox) =>
    fetch(`${on.url}/_sandbox/orders/${PLATFORM}${path}`, {
      method,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  async function place(count = 1, on: RunningSandbox = sandbox): Promise<string[]> {
    const reply = await control("POST", "", { count }, on);
    expect(reply.status).toBe(201);
    return ((await reply.json()) as { ids: string[] }).ids;
  }
  async function change(id: string, on: RunningSandbox = sandbox): Promise<void> {
    expect((await control("PATCH", `/${id}`, undefined, on)).status).toBe(200);
  }
  const controlIds = async () => ((await (await control("GET")).json()) as { ids: string[] }).ids;

  const order = (id: string, client = api) => client.json<OrderWire>(`/api/i1/orders/${id}/`);
  const itemsOf = (id: string, client = api) => client.all<OrderItemWire>(`/api/i1/order-items/?order=${id}`);
  const plansOf = (id: string) => api.all<CancellationPlanWire>(`/api/i1/cancellation-plans/?order=${id}`);
  /** The orders and items whose updated_at is at or after `since`. */
  async function changedSince(since: string, client = api) {
    const query = `updated_at__gte=${encodeURIComponent(since)}`;
    return {
      orders: ids(await client.all<OrderWire>(`/api/i1/orders/?${query}`)),
      items: ids(await client.all<OrderItemWire>(`/api/i1/order-items/?${query}`)).sort(),
    };
  }
  /** A placed order with at least `minimum` items (placing a few more when needed). */
  async function placedWithItems(minimum: number): Promise<string> {
    for (let tries = 0; tries < 30; tries++) {
      const [id] = await place();
      if ((await itemsOf(id!)).length >= minimum) return id!;
    }
    throw new Error(`no placed order with ${minimum} items`);
  }
  /** Another imitation of this file's (stopped with it), e.g. in another reading of the docs. */
  async function startAnother(options: Parameters<typeof startSellerCenter>[0]) {
    const other = await startSellerCenter(options);
    running.push(other.sandbox);
    return other;
  }

  return {
    /** Read members inside tests: they stand for what beforeAll starts. */
    sandbox: later(() => sandbox),
    api: later(() => api),
    seeded,
    control,
    place,
    change,
    controlIds,
    order,
    itemsOf,
    plansOf,
    changedSince,
    placedWithItems,
    startAnother,
  };
}

export const ids = (records: readonly { id: string }[]) => records.map((record) => record.id);
export const cents = (decimal: string) => Math.round(Number(decimal) * 100);
/** An instant after every earlier change and before the next, as a filter value (stamps are in milliseconds). */
export async function instant(): Promise<string> {
  await new Promise((resolve) => setTimeout(resolve, 2));
  return new Date().toISOString();
}
