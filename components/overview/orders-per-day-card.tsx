"use client";
// Orders per day, stacked by shop. A bar (or a count in the table) opens the order list for that day and shop.
import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import type { Overview } from "@/lib/domain/overview";
import { ChartCard, ChartLegend } from "./chart-card";
import { ChartPlaceholder } from "./chart-placeholder";
import type { ChartTableData } from "./chart-table";
import { CountLink } from "./count-link";
import { formatCount, formatShortDay } from "./format";
import { dayOrdersHref, rangeOrdersHref } from "./list-links";
import { connectionSeries, ordersPerDayRows } from "./series";

const DayBars = dynamic(() => import("./charts/day-bars"), { ssr: false, loading: () => <ChartPlaceholder /> });

export function OrdersPerDayCard({ overview }: { overview: Overview }) {
  const t = useTranslations("overview.charts");
  const locale = useLocale();
  const count = (n: number) => formatCount(n, locale);
  const router = useRouter();
  const series = connectionSeries(overview);
  const rows = ordersPerDayRows(overview, locale);
  const days = new Map(overview.days.map((day) => [day.day, day]));
  const hrefOf = (day: string, connectionId?: string) => {
    const found = days.get(day);
    return found ? dayOrdersHref(found, connectionId) : "/orders";
  };
  const totals = series.map((s) => rows.reduce((sum, row) => sum + Number(row[s.key]), 0));
  const table: ChartTableData = {
    caption: t("ordersPerDayCaption"),
    columns: [t("day"), ...series.map((s) => s.label), t("total")],
    rows: rows.map((row) => ({
      key: row.day,
      header: formatShortDay(row.day, locale),
      cells: [
        ...series.map((s) => (
          <CountLink key={s.key} count={Number(row[s.key])} href={hrefOf(row.day, s.connectionId)} />
        )),
        <CountLink key="total" count={Number(row.total)} href={hrefOf(row.day)} />,
      ],
    })),
    footer: {
      key: "total",
      header: t("total"),
      cells: [
        ...series.map((s, i) => (
          <CountLink key={s.key} count={totals[i] ?? 0} href={rangeOrdersHref(overview.current, s.connectionId)} />
        )),
        <CountLink key="total" count={overview.figures.current.orders} href={rangeOrdersHref(overview.current)} />,
      ],
    },
  };
  return (
    <ChartCard
      id="orders-per-day"
      title={t("ordersPerDay")}
      description={t("ordersPerDayNote")}
      table={table}
      chart={
        <DayBars
          rows={rows}
          series={series}
          formatValue={(row, s) => count(Number(row[s.key]))}
          formatTick={(value) => count(value)}
          total={(row) => count(Number(row.total))}
          onSelect={(row, s) => router.push(hrefOf(row.day, series.find((one) => one.key === s.key)?.connectionId))}
        />
      }
      legend={<ChartLegend items={series} />}
    />
  );
}
