"use client";
// Bars per day (stacked when there are several series), loaded only by the overview (next/dynamic). Hovering
// shows the day's exact values; a click on a bar opens the order list with that bar's filter. The chart is
// hidden from assistive technology: each chart card has the same figures as a table.
import { useLocale, useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import type { DayRow, Series } from "../series";
import { formatLongDay } from "../format";
import { AXIS_WIDTH, CURSOR, GRID, HEIGHT, TICK } from "./axis-style";
import { taggedBar } from "./tagged-bar";
import { TooltipBox } from "./tooltip-box";

export interface DayBarsProps {
  rows: DayRow[];
  series: Series[];
  /** A value as the tooltip writes it (exact, e.g. a decimal amount with its currency). */
  formatValue: (row: DayRow, series: Series) => string;
  formatTick: (value: number) => string;
  /** The tooltip's last line (e.g. the day's total), when it has one. */
  total?: (row: DayRow) => string;
  onSelect: (row: DayRow, series: Series) => void;
}

export default function DayBars({ rows, series, formatValue, formatTick, total, onSelect }: DayBarsProps) {
  const t = useTranslations("overview.charts");
  const locale = useLocale();
  const stacked = series.length > 1;
  return (
    <BarChart
      responsive
      style={{ width: "100%", height: HEIGHT }}
      data={rows}
      accessibilityLayer={false}
      margin={{ top: 8, right: 4, bottom: 0, left: 0 }}
      barCategoryGap={rows.length > 20 ? "15%" : "25%"}
    >
      <CartesianGrid vertical={false} {...GRID} />
      <XAxis dataKey="label" tickLine={false} axisLine={false} tickMargin={8} minTickGap={12} tick={TICK} />
      <YAxis
        tickLine={false}
        axisLine={false}
        width={AXIS_WIDTH}
        allowDecimals={false}
        tick={TICK}
        tickFormatter={formatTick}
      />
      <Tooltip
        cursor={CURSOR}
        isAnimationActive={false}
        content={({ active, payload }) => {
          const row = payload?.[0]?.payload as DayRow | undefined;
          if (!active || !row) return null;
          const lines = series
            .filter((s) => !stacked || Number(row[s.key]) > 0)
            .map((s) => ({ key: s.key, label: s.label, color: s.color, value: formatValue(row, s) }));
          const footer = total ? { key: "total", label: t("total"), color: "", value: total(row) } : undefined;
          return (
            <TooltipBox title={formatLongDay(row.day, locale)} lines={lines} footer={stacked ? footer : undefined} />
          );
        }}
      />
      {series.map((s) => (
        <Bar
          key={s.key}
          dataKey={s.key}
          name={s.label}
          stackId={stacked ? "day" : undefined}
          fill={s.color}
          radius={stacked ? 0 : [3, 3, 0, 0]}
          cursor="pointer"
          maxBarSize={56}
          isAnimationActive={false}
          shape={taggedBar(s.label, (row) => String(row.day))}
          onClick={(bar) => {
            const row = bar.payload as DayRow | undefined;
            if (row) onSelect(row, s);
          }}
        />
      ))}
    </BarChart>
  );
}
