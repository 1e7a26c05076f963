// The overview page's own arithmetic: links into the order list carry exactly the figure's filter (read back by
// the list's own parser), changes against the previous period, and the charts' rows.
import { describe, expect, it } from "vitest";
import { parseOrderListSearch } from "@/lib/client/order-list-search";
import type { HeadlineFigures, Overview } from "@/lib/domain/overview";
import { lostShare, ordersPerConnection, perCurrency, ratioChange, shareChange } from "./figures";
import { dayCurrencyHref, dayOrdersHref, stageHref, waitingHref } from "./list-links";
import { ordersPerDayRows, revenueRows } from "./series";

const A = "00000000-0000-4000-8000-0000000000a1";
const B = "00000000-0000-4000-8000-0000000000b2";
const day = { day: "2026-11-24", from: "2026-11-23T22:00:00.000Z", to: "2026-11-24T21:59:59.999Z" };
const period = {
  firstDay: "2026-11-18",
  lastDay: "2026-11-24",
  from: "2026-11-17T22:00:00.000Z",
  to: "2026-11-24T10:00:00.000Z",
};
const search = (href: string) => parseOrderListSearch(href.replace(/^\/orders\??/, ""));

describe("links into the order list", () => {
  it("open a day's orders of one shop, of one currency, a stage over the range, and the waiting orders", () => {
    expect(search(dayOrdersHref(day, A))).toMatchObject({ connection: [A], from: day.from, to: day.to, stage: [] });
    expect(search(dayOrdersHref(day))).toMatchObject({ connection: [], from: day.from, to: day.to });
    expect(search(dayCurrencyHref(day, "EUR"))).toMatchObject({ currency: "EUR", from: day.from, to: day.to });
    // The list's `to` is inclusive, the overview's end is not.
    expect(search(stageHref(period, "shipped"))).toMatchObject({
      stage: ["shipped"],
      from: period.from,
      to: "2026-11-24T09:59:59.999Z",
    });
    expect(search(waitingHref(B, "2026-11-21T10:00:00.000Z"))).toMatchObject({
      connection: [B],
      stage: ["pending", "processing"],
      to: "2026-11-21T10:00:00.000Z",
    });
  });
});

const figures = (
  orders: number,
  cancelled: number,
  returned: number,
  currencies: HeadlineFigures["currencies"] = [],
) => ({
  orders,
  cancelled,
  returned,
  currencies,
});

describe("changes against the previous period", () => {
  it("as a ratio, or new, or nothing to compare", () => {
    expect(ratioChange(15, 10)).toEqual({ kind: "ratio", value: 0.5 });
    expect(ratioChange(5, 10)).toEqual({ kind: "ratio", value: -0.5 });
    expect(ratioChange(3, 0)).toEqual({ kind: "new" });
    expect(ratioChange(0, 0)).toEqual({ kind: "none" });
  });

  it("the cancelled-or-returned share in percentage points", () => {
    expect(lostShare(figures(8, 1, 1))).toBe(0.25);
    const change = shareChange(figures(8, 1, 1), figures(10, 1, 0));
    expect(change.kind === "points" && Math.round(change.value * 1000) / 1000).toBe(0.15);
    expect(shareChange(figures(0, 0, 0), figures(10, 1, 0))).toEqual({ kind: "none" });
  });

  it("pairs each currency with the same currency before, never another", () => {
    const eur = { currency: "EUR", orders: 2, revenue: "10.00", averageOrderValue: "5.00" };
    const ron = { currency: "RON", orders: 1, revenue: "7", averageOrderValue: "7.00" };
    expect(perCurrency(figures(3, 0, 0, [eur, ron]), figures(1, 0, 0, [{ ...ron, revenue: "3" }]))).toEqual([
      { now: eur, before: null },
      { now: ron, before: { ...ron, revenue: "3" } },
    ]);
  });
});

describe("the charts' rows", () => {
  const overview: Pick<Overview, "connections" | "ordersPerDay" | "revenuePerDay"> = {
    connections: [
      { id: A, name: "Praha", platform: "retailys" },
      { id: B, name: "Chișinău", platform: "ecom-md" },
    ],
    ordersPerDay: [
      { day: "2026-11-23", connections: { [A]: 2 } },
      { day: "2026-11-24", connections: { [A]: 1, [B]: 4 } },
    ],
    revenuePerDay: [
      { day: "2026-11-23", currencies: { EUR: "12.50" } },
      { day: "2026-11-24", currencies: {} },
    ],
  };

  it("orders per day: a column per shop and the day's total; shops by their orders", () => {
    expect(ordersPerDayRows(overview).map(({ label: _, ...row }) => row)).toEqual([
      { day: "2026-11-23", c0: 2, c1: 0, total: 2 },
      { day: "2026-11-24", c0: 1, c1: 4, total: 5 },
    ]);
    expect(ordersPerConnection(overview).map((c) => [c.name, c.orders])).toEqual([
      ["Chișinău", 4],
      ["Praha", 3],
    ]);
  });

  it("revenue per day keeps the exact amount beside the bar's height", () => {
    expect(revenueRows(overview, "EUR").map(({ label: _, ...row }) => row)).toEqual([
      { day: "2026-11-23", amount: "12.50", value: 12.5 },
      { day: "2026-11-24", amount: "0", value: 0 },
    ]);
  });
});
