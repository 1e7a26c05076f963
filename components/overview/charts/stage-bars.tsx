"use client";
// The range's orders per stage as horizontal bars in the workflow's order, each in its stage's colour; a click
// opens the order list at that stage over the range. Loaded only by the overview; hidden from assistive
// technology (the card has the same figures as a table).
import { useLocale, useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { formatCount } from "../format";
import type { StageRow } from "../series";
import { CURSOR, GRID, TICK } from "./axis-style";
import { taggedBar } from "./tagged-bar";
import { TooltipBox } from "./tooltip-box";

const ROW_HEIGHT = 30;

export default function StageBars({ rows, onSelect }: { rows: StageRow[]; onSelect: (row: StageRow) => void }) {
  const t = useTranslations("overview.charts");
  const locale = useLocale();
  return (
    <BarChart
      responsive
      layout="vertical"
      style={{ width: "100%", height: rows.length * ROW_HEIGHT + 32 }}
      data={rows}
      accessibilityLayer={false}
      margin={{ top: 0, right: 12, bottom: 0, left: 0 }}
      barCategoryGap="22%"
    >
      <CartesianGrid horizontal={false} {...GRID} />
      <XAxis
        type="number"
        tickLine={false}
        axisLine={false}
        allowDecimals={false}
        tick={TICK}
        tickFormatter={(value: number) => formatCount(value, locale)}
      />
      <YAxis type="category" dataKey="label" tickLine={false} axisLine={false} width={96} tick={TICK} />
      <Tooltip
        cursor={CURSOR}
        isAnimationActive={false}
        content={({ active, payload }) => {
          const row = payload?.[0]?.payload as StageRow | undefined;
          if (!active || !row) return null;
          const line = { key: row.stage, label: t("orders"), color: row.color, value: formatCount(row.orders, locale) };
          return <TooltipBox title={row.label} lines={[line]} />;
        }}
      />
      <Bar
        dataKey="orders"
        name={t("orders")}
        radius={[0, 3, 3, 0]}
        cursor="pointer"
        maxBarSize={20}
        isAnimationActive={false}
        onClick={(bar) => {
          const row = bar.payload as StageRow | undefined;
          if (row) onSelect(row);
        }}
        // Each bar in its own stage's colour.
        shape={taggedBar(
          "orders",
          (row) => String(row.stage),
          (row) => String(row.color),
        )}
      />
    </BarChart>
  );
}
