// The list from the order index, on PGlite and PostgreSQL: every sort pages through every order exactly once,
// the filters agree with the orders' own values, search ignores case and accents, and counts add up.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connections } from "../db/schema";
import type { Order } from "../domain/order";
import { ORDER_SORTS, type OrderListQuery, orderListQuery } from "../domain/query";
import { openTestDatabase, TEST_DB_KINDS } from "../testing/databases";
import { CONNECTIONS, order } from "../testing/index-orders";
import { countIndexedOrders } from "./index-counts";
import { listIndexedOrders } from "./index-list";
import { markOrderVanished, writeOrders } from "./index-write";
import type { DbHandle } from "../db/client";

const ALL = CONNECTIONS.flatMap((connection, c) =>
  Array.from({ length: 40 + c * 17 }, (_, i) => order(connection, i + c * 1000)),
);
const key = (o: { connectionId: string; id: string }) => `${o.connectionId}/${o.id}`;
const q = (input: Record<string, string>): OrderListQuery => orderListQuery.parse(input);

describe.each(TEST_DB_KINDS)("the order index on %s", (kind) => {
  let handle: DbHandle;

  beforeAll(async () => {
    handle = await openTestDatabase(kind);
    await handle.db
      .insert(connections)
      .values(CONNECTIONS.map((c) => ({ ...c, baseUrl: "http://x", credentialsSealed: "x" })));
    await writeOrders(handle.db, ALL);
  }, 60_000);

  afterAll(async () => {
    await handle?.close();
  });

  async function walk(input: Record<string, string>) {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 500; pages++) {
      const page = await listIndexedOrders(handle.db, { ...q(input), cursor });
      seen.push(...page.orders.map(key));
      if (!page.nextCursor) return seen;
      cursor = page.nextCursor;
    }
    throw new Error("the walk did not end");
  }

  it("pages through every order exactly once in every sort, like one big page", async () => {
    for (const sort of ORDER_SORTS) {
      const whole = await walk({ sort, limit: "100" });
      expect(whole.length, sort).toBe(ALL.length);
      expect(new Set(whole).size, sort).toBe(ALL.length);
      for (const limit of ["1", "7", "50"]) expect(await walk({ sort, limit }), `${sort} by ${limit}`).toEqual(whole);
    }
  }, 120_000);

  it("sorts by placed time and by total exactly, across connections", async () => {
    const byPlaced = (await walk({ sort: "placed_desc", limit: "100" })).map((k) => ALL.find((o) => key(o) === k)!);
    for (let i = 1; i < byPlaced.length; i++) expect(byPlaced[i - 1]!.placedAt >= byPlaced[i]!.placedAt).toBe(true);
    const byTotal = (await walk({ sort: "total_asc", limit: "100" })).map((k) => ALL.find((o) => key(o) === k)!);
    const cents = (o: Order) => Math.round(Number(o.totals.total.amount) * 100);
    for (let i = 1; i < byTotal.length; i++) expect(cents(byTotal[i - 1]!) <= cents(byTotal[i]!)).toBe(true);
  });

  it("applies each filter as the orders' own values say", async () => {
    const cases: [Record<string, string>, (o: Order) => boolean][] = [
      [{ stage: "shipped,cancelled" }, (o) => ["shipped", "cancelled"].includes(o.status.stage)],
      [{ connection: CONNECTIONS[1]!.id }, (o) => o.connectionId === CONNECTIONS[1]!.id],
      [{ currency: "czk" }, (o) => o.totals.total.currency === "CZK"],
      [
        { minTotal: "100", maxTotal: "500" },
        (o) => Number(o.totals.total.amount) >= 100 && Number(o.totals.total.amount) <= 500,
      ],
      [
        { from: "2026-11-05", to: "2026-11-09T23:59:59Z" },
        (o) => o.placedAt >= "2026-11-05" && o.placedAt <= "2026-11-09T23:59:59Z",
      ],
      [{ erp: "unsent" }, (o) => o.extras.sentToErp === false],
      [{ status: "s3" }, (o) => o.status.code === "s3"],
    ];
    for (const [input, matches] of cases) {
      const expected = ALL.filter(matches).map(key).sort();
      expect((await walk({ ...input, limit: "100" })).sort(), JSON.stringify(input)).toEqual(expected);
      expect((await countIndexedOrders(handle.db, q(input))).total).toBe(expected.length);
    }
  });

  it("finds customers without their accents or case, SKUs, and order numbers by prefix", async () => {
    const names = async (text: string) =>
      new Set((await listIndexedOrders(handle.db, q({ q: text, limit: "100" }))).orders.map((o) => o.customer.name));
    expect(await names("novak")).toEqual(new Set(["Jan Novák"]));
    expect(await names("sule ozkan")).toEqual(new Set(["Şule Özkan"]));
    expect(await names("STEFAN")).toEqual(new Set(["Ștefan Popescu"]));
    expect(await names("ibrahim celik")).toEqual(new Set(["İbrahim Çelik"]));
    expect(await names("zak")).toEqual(new Set(["Petr Žák"]));
    const bySku = await listIndexedOrders(handle.db, q({ q: "sku-4", limit: "100" }));
    expect(bySku.orders.length).toBe(ALL.filter((o) => o.lines[0]!.sku === "SKU-4").length);
    const byNumber = await listIndexedOrders(handle.db, q({ q: "pr-5001", limit: "100" }));
    expect(byNumber.orders.map((o) => o.number)).toContain("PR-5001");
    expect(byNumber.orders.every((o) => o.number.toLowerCase().startsWith("pr-5001"))).toBe(true);
    // LIKE's wildcards are plain characters in a search.
    expect((await listIndexedOrders(handle.db, q({ q: "%", limit: "5" }))).orders).toEqual([]);
  });

  it("counts per stage without the stage filter and per connection without the connection filter", async () => {
    const counts = await countIndexedOrders(handle.db, q({ stage: "pending", connection: CONNECTIONS[0]!.id }));
    const ofFirst = ALL.filter((o) => o.connectionId === CONNECTIONS[0]!.id);
    expect(counts.total).toBe(ofFirst.filter((o) => o.status.stage === "pending").length);
    expect(counts.stages.shipped).toBe(ofFirst.filter((o) => o.status.stage === "shipped").length);
    expect(counts.connections[CONNECTIONS[2]!.id]).toBe(
      ALL.filter((o) => o.connectionId === CONNECTIONS[2]!.id && o.status.stage === "pending").length,
    );
  });

  it("keeps the counts table in step with every write, change and vanishing", async () => {
    const byStage = (stage: string) => ALL.filter((o) => o.status.stage === stage).length;
    const kept = await countIndexedOrders(handle.db, q({}));
    expect(kept.total).toBe(ALL.length);
    expect(kept.stages.shipped).toBe(byStage("shipped"));
    // The same numbers counted from the rows (a search filter makes it count rows).
    const counted = await countIndexedOrders(handle.db, q({ q: "-" }));
    expect(counted).toEqual(kept);

    const order = ALL.find((o) => o.status.stage === "pending")!;
    await writeOrders(handle.db, [{ ...order, status: { ...order.status, stage: "shipped" } }]);
    const moved = await countIndexedOrders(handle.db, q({}));
    expect([moved.stages.pending, moved.stages.shipped]).toEqual([byStage("pending") - 1, byStage("shipped") + 1]);
    await markOrderVanished(handle.db, order.connectionId, order.id);
    expect((await countIndexedOrders(handle.db, q({}))).total).toBe(ALL.length - 1);
    await writeOrders(handle.db, [order]);
    expect(await countIndexedOrders(handle.db, q({}))).toEqual(kept);
  });

  it("rewrites a row only when the order changed, and reports which changed", async () => {
    const first = ALL[0]!;
    expect(await writeOrders(handle.db, [first])).toEqual([]);
    const moved = { ...first, status: { ...first.status, stage: "shipped" as const, label: "Sent" } };
    expect(await writeOrders(handle.db, [moved])).toEqual([{ connectionId: first.connectionId, orderId: first.id }]);
    const found = await listIndexedOrders(handle.db, q({ q: first.number, limit: "5" }));
    expect(found.orders[0]?.status.label).toBe("Sent");
    await writeOrders(handle.db, [first]);
  });
});
