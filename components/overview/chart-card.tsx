"use client";
// A chart in a card: its title and what it counts, its own controls, the chart (hidden from assistive
// technology) with its legend, and the same figures as a table — visually hidden, or shown by "Show as table".
import { Table2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { type ReactNode, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/lib/client/cn";
import { ChartTable, type ChartTableData } from "./chart-table";

interface ChartCardProps {
  id: string;
  title: string;
  description: string;
  controls?: ReactNode;
  legend?: ReactNode;
  chart: ReactNode;
  table: ChartTableData;
  className?: string;
}

export function ChartCard({ id, title, description, controls, legend, chart, table, className }: ChartCardProps) {
  const t = useTranslations("overview.charts");
  const [asTable, setAsTable] = useState(false);
  return (
    <Card aria-labelledby={`${id}-title`} className={cn("flex min-w-0 flex-col", className)}>
      <CardHeader>
        <div className="min-w-0">
          <CardTitle id={`${id}-title`}>{title}</CardTitle>
          <CardDescription>{description}</CardDescription>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {controls}
          <Button
            variant="ghost"
            size="sm"
            aria-pressed={asTable}
            className="aria-pressed:bg-accent-soft aria-pressed:text-accent-soft-fg"
            onClick={() => setAsTable((shown) => !shown)}
          >
            <Table2 aria-hidden />
            {t("showTable")}
          </Button>
        </div>
      </CardHeader>
      <CardContent className="flex-1 pt-4">
        {asTable ? (
          <ChartTable data={table} visible />
        ) : (
          <>
            <div aria-hidden>{chart}</div>
            {legend}
            <ChartTable data={table} visible={false} />
          </>
        )}
      </CardContent>
    </Card>
  );
}

/** The series' names beside their colours, under a chart (the chart itself is hidden from screen readers). */
export function ChartLegend({ items }: { items: { key: string; label: string; color: string }[] }) {
  return (
    <ul aria-hidden className="mt-3 flex flex-wrap gap-x-4 gap-y-1.5 text-xs text-muted">
      {items.map((item) => (
        <li key={item.key} className="flex items-center gap-1.5">
          <span className="size-2.5 rounded-[3px]" style={{ background: item.color }} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
