// The overview from the order index, on PGlite and PostgreSQL: figures of the range and of the period before it
// (exact money per currency, sales only), days in the caller's zone, stages, and what needs attention now —
// orders waiting past their connection's threshold, orders whose last action failed, connections in trouble.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../db/client";
import { auditEvents, bulkJobItems, bulkJobs, connections, connectionSync, users } from "../db/schema";
import type { Order, Stage } from "../domain/order";
import { overviewQuery } from "../domain/overview-query";
import { markOrderVanished, writeOrders } from "../orders/index-write";
import { openTestDatabase, TEST_DB_KINDS } from "../testing/databases";
import { readFirstOverview } from "./first-overview";
import { readOverview } from "./overview";

const NOW = new Date("2026-11-24T10:00:00Z");
const A = {
  id: "00000000-0000-4000-8000-0000000000a1",
  name: "Praha Home",
  platform: "retailys" as const,
  options: {},
};
// Its orders may wait three days before they need attention.
const B = {
  id: "00000000-0000-4000-8000-0000000000b2",
  name: "Chișinău Shop",
  platform: "ecom-md" as const,
  options: { attentionHours: 72 },
};
const C = {
  id: "00000000-0000-4000-8000-0000000000c3",
  name: "Zeta Quiet",
  platform: "merchantpro" as const,
  options: {},
};

type Shop = typeof A | typeof B;
type Seed = [id: string, shop: Shop, placedAt: string, stage: Stage, total: string, currency: string];

// In Europe/Bucharest (UTC+2 in November) the 7 days are 18–24 November: [17 Nov 22:00Z, now); the previous
// period is 11–17 November up to the same hour: [10 Nov 22:00Z, 17 Nov 10:00Z).
// biome-ignore format: a table, one order per line
const SEEDS: Seed[] = [
  ["1", A, "2026-11-23T21:30:00Z", "pending", "0.10", "EUR"], // 23:30 local: the 23rd
  ["2", A, "2026-11-23T22:30:00Z", "processing", "0.20", "EUR"], // 00:30 local: the 24th
  ["3", A, "2026-11-20T08:00:00Z", "pending", "12345678901234.56", "EUR"], // beyond a float's precision
  ["4", B, "2026-11-20T09:00:00Z", "cancelled", "500", "MDL"],
  ["5", B, "2026-11-21T10:00:00Z", "delivered", "1000.5", "MDL"],
  ["6", B, "2026-11-21T11:00:00Z", "pending", "1", "MDL"], // 71 hours: within B's 72
  ["7", B, "2026-11-18T06:00:00Z", "returned", "20", "MDL"],
  ["8", A, "2026-11-24T09:00:00Z", "shipped", "649", "CZK"],
  ["9", A, "2026-11-22T10:00:00Z", "delivered", "999", "EUR"], // vanished from the platform
  ["10", A, "2026-11-17T22:00:00Z", "delivered", "5", "EUR"], // the first instant of the range
  ["11", A, "2026-11-12T10:00:00Z", "delivered", "3.33", "EUR"],
  ["12", A, "2026-11-17T09:59:59Z", "processing", "1.00", "EUR"], // the previous period's last second
  ["13", A, "2026-11-17T10:30:00Z", "shipped", "7", "EUR"], // after the previous period's cut: in neither
  ["14", B, "2026-11-11T00:00:00Z", "pending", "2", "MDL"],
  ["15", B, "2026-10-01T00:00:00Z", "processing", "3", "MDL"],
];

function order([id, shop, placedAt, stage, total, currency]: Seed): Order {
  const none = { subtotal: null, shipping: null, discount: null, tax: null };
  return {
    ...{ connectionId: shop.id, platform: shop.platform, id, number: `N-${id}`, placedAt, updatedAt: null },
    status: { code: stage, label: stage, stage },
    payment: { status: null, method: null, paid: null, reference: null },
    customer: { name: null, email: null, phone: null },
    ...{ shippingAddress: null, billingAddress: null, lines: [], lineCount: 0, invoice: null, extras: {}, raw: { id } },
    totals: { ...none, total: { amount: total, currency } },
    shipping: { method: null, carrier: null, tracking: [] },
  };
}

/** [orders, cancelled, returned], then per currency [currency, orders, revenue, average order value]. */
function headline([orders, cancelled, returned]: number[], ...currencies: [string, number, string, string][]) {
  const perCurrency = currencies.map(([currency, n, revenue, averageOrderValue]) => ({
    currency,
    orders: n,
    revenue,
    averageOrderValue,
  }));
  return { orders, cancelled, returned, currencies: perCurrency };
}

const ago = (ms: number) => new Date(NOW.getTime() - ms);
const HOUR = 3_600_000;

async function seed(handle: DbHandle) {
  const { db } = handle;
  await db.insert(connections).values([A, B, C].map((c) => ({ ...c, baseUrl: "http://x", credentialsSealed: "x" })));
  await writeOrders(db, SEEDS.map(order));
  await markOrderVanished(db, A.id, "9");
  const action = (shop: Shop, id: string, outcome: "success" | "failure", at: Date) => ({
    action: "order.action",
    targetType: "order",
    targetId: `${shop.id}/${id}`,
    outcome,
    at,
    details: {
      orderNumber: `N-${id}`,
      action: "set-status",
      upstream: { message: outcome === "failure" ? "Refused by the shop" : "ok" },
    },
  });
  await db.insert(auditEvents).values([
    action(A, "3", "failure", ago(2 * HOUR)),
    action(A, "1", "failure", ago(3 * HOUR)),
    action(A, "1", "success", ago(1 * HOUR)), // a later success clears the failure
    action(B, "5", "failure", ago(10 * 24 * HOUR)), // too long ago
  ]);
  const [user] = await db
    .insert(users)
    .values({ email: "o@example.com", name: "O", role: "admin", passwordHash: "x" })
    .returning();
  const [job] = await db.insert(bulkJobs).values({ userId: user!.id, label: "Ship", state: "finished" }).returning();
  await db.insert(bulkJobItems).values({
    jobId: job!.id,
    connectionId: B.id,
    orderId: "6",
    orderNumber: "N-6",
    action: { type: "set-status", status: "shipped" },
    state: "failed",
    message: "Timed out",
    updatedAt: ago(HOUR / 2),
  });
  await db
    .insert(connectionSync)
    .values({ connectionId: A.id, lastError: "HTTP 503 from the shop", lastAttemptAt: ago(60_000) });
  await db
    .update(connections)
    .set({ lastCheckOk: false, lastError: "Unauthorized", lastCheckAt: ago(HOUR) })
    .where(eq(connections.id, B.id));
}

describe.each(TEST_DB_KINDS)("the overview on %s", (kind) => {
  let handle: DbHandle;
  const week = () => readOverview(handle.db, overviewQuery.parse({ range: "7d", tz: "Europe/Bucharest" }), NOW);

  beforeAll(async () => {
    handle = await openTestDatabase(kind);
    await seed(handle);
  }, 60_000);

  afterAll(async () => {
    await handle?.close();
  });

  it("counts the range's orders and sums each currency's sales exactly, never across currencies", async () => {
    const { figures } = await week();
    expect(figures.current).toEqual(
      headline(
        [9, 1, 1],
        ["EUR", 4, "12345678901239.86", "3086419725309.97"],
        ["MDL", 4, "1001.5", "500.75"],
        ["CZK", 1, "649", "649.00"],
      ),
    );
    expect(figures.previous).toEqual(headline([3, 0, 0], ["EUR", 2, "4.33", "2.17"], ["MDL", 1, "2", "2.00"]));
  });

  it("buckets orders by the caller's days: per connection, and revenue per currency", async () => {
    const overview = await week();
    expect(overview.days.map((d) => d.day)).toEqual(
      ["18", "19", "20", "21", "22", "23", "24"].map((d) => `2026-11-${d}`),
    );
    expect(overview.ordersPerDay.map((d) => d.connections)).toEqual([
      { [A.id]: 1, [B.id]: 1 },
      {},
      { [A.id]: 1, [B.id]: 1 },
      { [B.id]: 2 },
      {},
      { [A.id]: 1 },
      { [A.id]: 2 },
    ]);
    expect(overview.revenuePerDay.map((d) => d.currencies)).toEqual([
      { EUR: "5", MDL: "0" },
      {},
      { EUR: "12345678901234.56", MDL: "0" },
      { MDL: "1001.5" },
      {},
      { EUR: "0.10" },
      { EUR: "0.20", CZK: "649" },
    ]);
    // The same orders in UTC days: order 2 (00:30 in Bucharest) moves back to the 23rd.
    const utc = await readOverview(handle.db, overviewQuery.parse({ range: "7d", tz: "UTC" }), NOW);
    expect(utc.ordersPerDay.find((d) => d.day === "2026-11-23")?.connections).toEqual({ [A.id]: 2 });
  });

  it("counts the range's orders per stage, every stage in the workflow's order", async () => {
    const { stages } = await week();
    expect(stages).toEqual([
      { stage: "pending", orders: 3 },
      { stage: "processing", orders: 1 },
      { stage: "shipped", orders: 1 },
      { stage: "delivered", orders: 2 },
      { stage: "completed", orders: 0 },
      { stage: "cancelled", orders: 1 },
      { stage: "returned", orders: 1 },
      { stage: "exception", orders: 0 },
    ]);
  });

  it("lists orders pending or processing past their connection's threshold, oldest first, whatever the range", async () => {
    const { waiting } = (await week()).attention;
    expect(waiting.total).toBe(4);
    expect(waiting.perConnection).toEqual([
      { connectionId: B.id, connectionName: B.name, hours: 72, placedBefore: "2026-11-21T10:00:00.000Z", orders: 2 },
      { connectionId: A.id, connectionName: A.name, hours: 24, placedBefore: "2026-11-23T10:00:00.000Z", orders: 2 },
    ]);
    expect(waiting.oldest.map((o) => `${o.connectionName} ${o.number} ${o.stage}`)).toEqual([
      "Chișinău Shop N-15 processing",
      "Chișinău Shop N-14 pending",
      "Praha Home N-12 processing",
      "Praha Home N-3 pending",
    ]);
  });

  it("lists orders whose last action of the week failed, alone or in a bulk job", async () => {
    const { failedActions } = (await week()).attention;
    expect(failedActions.total).toBe(2);
    expect(failedActions.latest).toEqual([
      {
        connectionId: B.id,
        connectionName: B.name,
        orderId: "6",
        number: "N-6",
        action: "set-status",
        message: "Timed out",
        at: ago(HOUR / 2).toISOString(),
        source: "bulk",
      },
      {
        connectionId: A.id,
        connectionName: A.name,
        orderId: "3",
        number: "N-3",
        action: "set-status",
        message: "Refused by the shop",
        at: ago(2 * HOUR).toISOString(),
        source: "action",
      },
    ]);
  });

  it("names connections whose sync or health check fails", async () => {
    const overview = await week();
    expect(overview.attention.connections).toEqual([
      {
        connectionId: B.id,
        connectionName: B.name,
        platform: "ecom-md",
        sync: null,
        health: { message: "Unauthorized", at: ago(HOUR).toISOString() },
      },
      {
        connectionId: A.id,
        connectionName: A.name,
        platform: "retailys",
        sync: { message: "HTTP 503 from the shop", at: ago(60_000).toISOString() },
        health: null,
      },
    ]);
    expect(overview.connections.map((c) => c.name)).toEqual([B.name, A.name, C.name]);
  });

  it("answers zeros, with every day, for a range without orders", async () => {
    const later = await readOverview(
      handle.db,
      overviewQuery.parse({ range: "30d", tz: "Asia/Tokyo" }),
      new Date("2030-01-31T00:00:00Z"),
    );
    expect(later.figures.current).toEqual({ orders: 0, cancelled: 0, returned: 0, currencies: [] });
    expect(later.days).toHaveLength(30);
    expect(later.ordersPerDay.every((d) => Object.keys(d.connections).length === 0)).toBe(true);
    expect(later.stages.every((s) => s.orders === 0)).toBe(true);
  });

  it("renders the first figures on the server only for a zone the browser told and a range it can read", async () => {
    const custom = { range: "custom", from: "2026-11-18", to: "2026-11-24" };
    const first = await readFirstOverview(handle.db, custom, "Europe/Bucharest");
    expect(first?.search).toBe("range=custom&from=2026-11-18&to=2026-11-24&tz=Europe%2FBucharest");
    expect(first?.overview.figures.current).toEqual((await week()).figures.current);
    expect(await readFirstOverview(handle.db, custom, undefined)).toBeNull();
    expect(await readFirstOverview(handle.db, custom, "Mars/Olympus")).toBeNull();
    expect(await readFirstOverview(handle.db, { range: "fortnight" }, "UTC")).toBeNull();
    expect(await readFirstOverview(handle.db, { range: "custom", from: "2026-11-24" }, "UTC")).toBeNull();
  });
});
