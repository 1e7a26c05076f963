// The overview reads whole hours from a roll-up kept by triggers (order_index_hours). On PGlite and PostgreSQL:
// after inserts, re-reads that move orders (stage, total, currency, time), vanished orders and a removed
// connection, the roll-up still equals the orders, and the overview equals figures worked out here from the
// orders themselves, in zones a whole hour, half an hour and three quarters off UTC, across clock changes.
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../db/client";
import { connections } from "../db/schema";
import { type Order, STAGES, type Stage } from "../domain/order";
import type { HeadlineFigures, Overview, OverviewDay, OverviewPeriod } from "../domain/overview";
import { overviewQuery } from "../domain/overview-query";
import { markOrderVanished, writeOrders } from "../orders/index-write";
import { openTestDatabase, TEST_DB_KINDS } from "../testing/databases";
import { CONNECTIONS, order as indexOrder } from "../testing/index-orders";
import { readOverview } from "./overview";

const NOW = new Date("2026-11-24T10:17:05.123Z");
const CURRENCIES = ["EUR", "MDL", "CZK"];
const ZONES = ["UTC", "Europe/Bucharest", "Asia/Kolkata", "Asia/Kathmandu", "America/St_Johns", "Australia/Lord_Howe"];
const RANGES = [
  { range: "30d" },
  { range: "today" },
  // Bucharest leaves summer time on 25 October; Lord Howe moves half an hour on 4 October.
  { range: "custom", from: "2026-09-28", to: "2026-10-30" },
];

/** A small seeded generator, so a failure repeats. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** Orders over 70 days at any second, every stage, three currencies, totals with 0 to 3 decimal places. */
function orders(count: number, seed: number, version = 0): Order[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const base = indexOrder(CONNECTIONS[i % CONNECTIONS.length]!, i);
    const places = Math.floor(next() * 4);
    const amount = (next() * 1000).toFixed(places);
    const stage = pick(STAGES);
    return {
      ...base,
      placedAt: new Date(NOW.getTime() - Math.floor(next() * 70 * 86_400_000)).toISOString(),
      status: { code: stage, label: stage, stage },
      totals: { ...base.totals, total: { amount, currency: pick(CURRENCIES) } },
      raw: { i, version },
    };
  });
}

// Exact decimals for the expected figures: units and places.
const parse = (s: string) => ({ units: BigInt(s.replace(".", "")), places: s.split(".")[1]?.length ?? 0 });
const scaled = (d: { units: bigint; places: number }, places: number) => d.units * 10n ** BigInt(places - d.places);
function format(units: bigint, places: number): string {
  const digits = units.toString().padStart(places + 1, "0");
  return places ? `${digits.slice(0, -places)}.${digits.slice(-places)}` : digits;
}
function sum(amounts: readonly string[]): string {
  const all = amounts.map(parse);
  const places = Math.max(0, ...all.map((d) => d.places));
  return format(
    all.reduce((total, d) => total + scaled(d, places), 0n),
    places,
  );
}
/** PostgreSQL's round(): half away from zero, at the totals' places but at least cents. */
function average(amounts: readonly string[]): string | null {
  if (!amounts.length) return null;
  const places = Math.max(2, ...amounts.map((s) => parse(s).places));
  const total = scaled(parse(sum(amounts)), places);
  const n = BigInt(amounts.length);
  return format(total / n + (2n * (total % n) >= n ? 1n : 0n), places);
}

const isSale = (o: Order) => o.status.stage !== "cancelled" && o.status.stage !== "returned";
const amountOf = (o: Order) => o.totals.total!.amount;
const inPeriod = (p: Pick<OverviewPeriod, "from" | "to">) => (o: Order) =>
  Date.parse(o.placedAt) >= Date.parse(p.from) && Date.parse(o.placedAt) < Date.parse(p.to);
const onDay = (day: OverviewDay) => (o: Order) =>
  Date.parse(o.placedAt) >= Date.parse(day.from) && Date.parse(o.placedAt) <= Date.parse(day.to);

function groupBy<T>(list: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of list) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

function expectedHeadline(list: readonly Order[]): HeadlineFigures {
  const stageCount = (stage: Stage) => list.filter((o) => o.status.stage === stage).length;
  const currencies = [...groupBy(list, (o) => o.totals.total!.currency)]
    .map(([currency, own]) => {
      const sales = own.filter(isSale).map(amountOf);
      return { currency, orders: own.length, revenue: sum(sales), averageOrderValue: average(sales) };
    })
    .sort((a, b) => b.orders - a.orders || a.currency.localeCompare(b.currency));
  return { orders: list.length, cancelled: stageCount("cancelled"), returned: stageCount("returned"), currencies };
}

/** The overview's figures, worked out from the orders listed (not vanished) and the periods it answered. */
function expected(listed: readonly Order[], overview: Overview) {
  const current = listed.filter(inPeriod(overview.current));
  return {
    figures: {
      current: expectedHeadline(current),
      previous: expectedHeadline(listed.filter(inPeriod(overview.previous))),
    },
    ordersPerDay: overview.days.map((day) => ({
      day: day.day,
      connections: Object.fromEntries(
        [...groupBy(current.filter(onDay(day)), (o) => o.connectionId)].map(([id, own]) => [id, own.length]),
      ),
    })),
    revenuePerDay: overview.days.map((day) => ({
      day: day.day,
      currencies: Object.fromEntries(
        [...groupBy(current.filter(onDay(day)), (o) => o.totals.total!.currency)].map(([currency, own]) => [
          currency,
          sum(own.filter(isSale).map(amountOf)),
        ]),
      ),
    })),
    stages: STAGES.map((stage) => ({ stage, orders: current.filter((o) => o.status.stage === stage).length })),
  };
}

describe.each(TEST_DB_KINDS)("the hourly roll-up on %s", (kind) => {
  let handle: DbHandle;
  const listed = new Map<string, Order>();
  const keep = (list: readonly Order[]) => {
    for (const o of list) listed.set(`${o.connectionId}/${o.id}`, o);
  };

  beforeAll(async () => {
    handle = await openTestDatabase(kind);
    await handle.db
      .insert(connections)
      .values(CONNECTIONS.map((c) => ({ ...c, baseUrl: "http://x", credentialsSealed: "x", options: {} })));
    const first = orders(900, 7);
    await writeOrders(handle.db, first);
    keep(first);
  }, 60_000);

  afterAll(async () => {
    await handle?.close();
  });

  /** The roll-up's rows with orders, and the same figures aggregated from the orders, in one order. */
  const ROLLED_UP = `select hour::text, connection_id::text, currency, stage, scale::int, n::int, total::text
    from order_index_hours where n > 0 order by 1, 2, 3, 4, 5`;
  const COUNTED = `select date_trunc('hour', placed_at, 'UTC')::text as hour, connection_id::text, currency, stage,
      scale(total) as scale, count(*)::int as n, sum(total)::text as total
    from order_index where vanished_at is null group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5`;

  async function expectRollupEqualsOrders() {
    const rows = async (query: string) => ((await handle.db.execute(sql.raw(query))) as { rows: unknown[] }).rows;
    const rolledUp = await rows(ROLLED_UP);
    expect(rolledUp.length).toBeGreaterThan(0);
    expect(rolledUp).toEqual(await rows(COUNTED));
  }

  async function expectOverviewsEqualOrders() {
    for (const tz of ZONES)
      for (const range of RANGES) {
        const overview = await readOverview(handle.db, overviewQuery.parse({ ...range, tz }), NOW);
        const { figures, ordersPerDay, revenuePerDay, stages } = overview;
        expect({ figures, ordersPerDay, revenuePerDay, stages }, `${tz} ${range.range}`).toEqual(
          expected([...listed.values()], overview),
        );
      }
  }

  it("equals the orders once they are indexed, and so does the overview in every zone", async () => {
    await expectRollupEqualsOrders();
    await expectOverviewsEqualOrders();
  });

  it("follows re-reads that move orders, and orders that vanish", async () => {
    // Every third order read again: another stage, total, currency and time (the same ids, a new version).
    const moved = orders(900, 99, 1).filter((_, i) => i % 3 === 0);
    await writeOrders(handle.db, moved);
    keep(moved);
    for (const o of [...listed.values()].slice(0, 40)) {
      await markOrderVanished(handle.db, o.connectionId, o.id);
      listed.delete(`${o.connectionId}/${o.id}`);
    }
    await expectRollupEqualsOrders();
    await expectOverviewsEqualOrders();
  });

  it("forgets a removed connection's orders", async () => {
    const gone = CONNECTIONS[1]!.id;
    await handle.db.delete(connections).where(eq(connections.id, gone));
    for (const [key, o] of listed) if (o.connectionId === gone) listed.delete(key);
    await expectRollupEqualsOrders();
    await expectOverviewsEqualOrders();
  });
});
