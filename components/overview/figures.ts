// The headline figures' comparisons with the previous period, worked out for display: a relative change for
// counts and money (as a ratio of the decimal strings: a display value, the amounts themselves stay exact), and
// a change in percentage points for a share.
import type { CurrencyFigures, HeadlineFigures, Overview } from "@/lib/domain/overview";

export type Change =
  | { kind: "ratio"; value: number }
  | { kind: "points"; value: number }
  /** Something now, nothing before: no ratio to give. */
  | { kind: "new" }
  | { kind: "none" };

export function ratioChange(current: number, previous: number): Change {
  if (previous === 0) return current === 0 ? { kind: "none" } : { kind: "new" };
  return { kind: "ratio", value: (current - previous) / previous };
}

/** Share of the orders cancelled or returned (0 without orders). */
export const lostShare = (figures: HeadlineFigures) =>
  figures.orders === 0 ? 0 : (figures.cancelled + figures.returned) / figures.orders;

export function shareChange(current: HeadlineFigures, previous: HeadlineFigures): Change {
  if (current.orders === 0 || previous.orders === 0) return { kind: "none" };
  return { kind: "points", value: lostShare(current) - lostShare(previous) };
}

/** Per currency of the range: its figures and the previous period's in the same currency (absent: none). */
export function perCurrency(current: HeadlineFigures, previous: HeadlineFigures) {
  const before = new Map(previous.currencies.map((c) => [c.currency, c]));
  return current.currencies.map((now) => ({ now, before: before.get(now.currency) ?? null }));
}

export const moneyChange = (now: string | null, before: string | null | undefined): Change =>
  ratioChange(Number(now ?? 0), Number(before ?? 0));

export type CurrencyPair = { now: CurrencyFigures; before: CurrencyFigures | null };

/** "the previous 7 days", "yesterday up to this time", "the 12 days before". */
export type PreviousPeriod = { kind: "todayHours" } | { kind: "dayBefore" } | { kind: "previousDays"; days: number };

/** Which period the range is compared with (worded by the page, in the user's language). */
export function previousPeriod(overview: Pick<Overview, "range" | "days">): PreviousPeriod {
  if (overview.range === "today") return { kind: "todayHours" };
  const days = overview.days.length;
  return days === 1 ? { kind: "dayBefore" } : { kind: "previousDays", days };
}

/** The range's orders per shop, most first (shops without orders left out). */
export function ordersPerConnection(overview: Pick<Overview, "connections" | "ordersPerDay">) {
  return overview.connections
    .map((c) => ({
      id: c.id,
      name: c.name,
      orders: overview.ordersPerDay.reduce((n, day) => n + (day.connections[c.id] ?? 0), 0),
    }))
    .filter((c) => c.orders > 0)
    .sort((a, b) => b.orders - a.orders);
}
