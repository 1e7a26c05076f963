"use client";
// The range's orders by stage, in the workflow's order (pending → processing → shipped → delivered, then
// cancelled and returned). A bar opens the order list at that stage over the range.
import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { Overview } from "@/lib/domain/overview";
import { ChartCard } from "./chart-card";
import { ChartPlaceholder } from "./chart-placeholder";
import type { ChartTableData } from "./chart-table";
import { CountLink } from "./count-link";
import { stageHref } from "./list-links";
import { stageRows } from "./series";

const StageBars = dynamic(() => import("./charts/stage-bars"), {
  ssr: false,
  loading: () => <ChartPlaceholder height={272} />,
});

export function StagesCard({ overview }: { overview: Overview }) {
  const t = useTranslations("overview.charts");
  const router = useRouter();
  const rows = stageRows(overview, useTranslations("stages"));
  const table: ChartTableData = {
    caption: t("byStage"),
    columns: [t("stage"), t("orders")],
    rows: rows.map((row) => ({
      key: row.stage,
      header: row.label,
      cells: [<CountLink key="orders" count={row.orders} href={stageHref(overview.current, row.stage)} />],
    })),
  };
  return (
    <ChartCard
      id="orders-by-stage"
      title={t("byStage")}
      description={t("byStageNote")}
      table={table}
      chart={<StageBars rows={rows} onSelect={(row) => router.push(stageHref(overview.current, row.stage))} />}
    />
  );
}
