// The overview's answer shaped for its charts and their tables: one row per day (or stage), one series per
// shop (or the chosen currency), each series with its colour variable (overview-colors.css).
import type { Stage } from "@/lib/domain/order";
import type { Overview } from "@/lib/domain/overview";
import { formatShortDay } from "./format";

export interface Series {
  key: string;
  label: string;
  color: string;
}

export type DayRow = { day: string; label: string } & Record<string, number | string>;

/** The shops as series, in the answer's order (by name); colours repeat after eight. */
export const connectionSeries = (overview: Pick<Overview, "connections">): (Series & { connectionId: string })[] =>
  overview.connections.map((c, i) => ({
    key: `c${i}`,
    label: c.name,
    color: `var(--chart-${(i % 8) + 1})`,
    connectionId: c.id,
  }));

/** Orders per day, a column per shop (key c0, c1, …) and the day's total. */
export function ordersPerDayRows(overview: Pick<Overview, "connections" | "ordersPerDay">, locale?: string): DayRow[] {
  const series = connectionSeries(overview);
  return overview.ordersPerDay.map(({ day, connections }) => {
    const row: DayRow = { day, label: formatShortDay(day, locale), total: 0 };
    for (const { key, connectionId } of series) row[key] = connections[connectionId] ?? 0;
    row.total = series.reduce((sum, { key }) => sum + Number(row[key]), 0);
    return row;
  });
}

/** Every currency of the range, most orders first (the headline figures' order). */
export const rangeCurrencies = (overview: Pick<Overview, "figures">) =>
  overview.figures.current.currencies.map((c) => c.currency);

/** One currency's revenue per day: the exact amount for the tooltip and table, a number for the bar's height. */
export function revenueRows(overview: Pick<Overview, "revenuePerDay">, currency: string, locale?: string): DayRow[] {
  return overview.revenuePerDay.map(({ day, currencies }) => {
    const amount = currencies[currency] ?? "0";
    return { day, label: formatShortDay(day, locale), amount, value: Number(amount) };
  });
}

export interface StageRow {
  stage: Stage;
  label: string;
  orders: number;
  color: string;
}

/** `stageName`: the stage in the user's language (the `stages` messages). */
export const stageRows = (overview: Pick<Overview, "stages">, stageName: (stage: Stage) => string): StageRow[] =>
  overview.stages.map(({ stage, orders }) => ({
    stage,
    label: stageName(stage),
    orders,
    color: `var(--stage-${stage})`,
  }));
