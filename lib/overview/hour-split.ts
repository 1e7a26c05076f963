// Where a period's figures are read from. Its whole UTC hours come from the hourly roll-up (order_index_hours);
// what is left comes from the orders themselves: the ends of the period (it ends "now", mid-hour), and any hour a
// local midnight cuts in two (zones half or three quarters of an hour off UTC, e.g. Asia/Kolkata), since each of
// the roll-up's hours must fall within one of the caller's days.
import type { OverviewPeriod } from "../domain/overview";

const HOUR_MS = 3_600_000;

export interface Span {
  from: string;
  to: string;
}

export interface HourSplit {
  /** Whole hours [from, to), less `cutHours`; null when the period holds no whole hour. */
  hours: Span | null;
  /** Hours within `hours` that a day boundary cuts: read from the orders instead. */
  cutHours: string[];
  /** Spans read from the orders: the period's ends and the cut hours (the whole period when it holds no hour). */
  slivers: Span[];
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Splits [from, to) at whole UTC hours; `dayStarts` are the instants where the caller's days begin. */
export function splitAtHours(
  period: Pick<OverviewPeriod, "from" | "to">,
  dayStarts: readonly string[] = [],
): HourSplit {
  const from = Date.parse(period.from);
  const to = Date.parse(period.to);
  const first = Math.ceil(from / HOUR_MS) * HOUR_MS;
  const end = Math.floor(to / HOUR_MS) * HOUR_MS;
  if (first >= end) return { hours: null, cutHours: [], slivers: [{ from: period.from, to: period.to }] };
  const slivers: Span[] = [];
  if (from < first) slivers.push({ from: period.from, to: iso(first) });
  const cut = new Set<number>();
  for (const start of dayStarts.map(Date.parse)) {
    const hour = Math.floor(start / HOUR_MS) * HOUR_MS;
    if (start !== hour && hour >= first && hour < end) cut.add(hour);
  }
  const cutHours = [...cut].sort((a, b) => a - b);
  for (const hour of cutHours) slivers.push({ from: iso(hour), to: iso(hour + HOUR_MS) });
  if (end < to) slivers.push({ from: iso(end), to: period.to });
  return { hours: { from: iso(first), to: iso(end) }, cutHours: cutHours.map(iso), slivers };
}
