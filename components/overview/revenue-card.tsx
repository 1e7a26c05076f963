"use client";
// Revenue per day in one currency at a time (amounts in different currencies are never added or drawn on one
// scale); the table lists every currency. A bar opens the order list for that day in that currency.
import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { numberFormat } from "@/lib/client/intl-cache";
import { formatMoney } from "@/lib/client/order-format";
import type { Overview } from "@/lib/domain/overview";
import { ChartCard } from "./chart-card";
import { ChartPlaceholder } from "./chart-placeholder";
import type { ChartTableData } from "./chart-table";
import { formatShortDay } from "./format";
import { dayCurrencyHref } from "./list-links";
import { rangeCurrencies, revenueRows } from "./series";

const DayBars = dynamic(() => import("./charts/day-bars"), { ssr: false, loading: () => <ChartPlaceholder /> });

function CurrencyPicker({
  currencies,
  value,
  onChange,
}: {
  currencies: string[];
  value: string;
  onChange: (c: string) => void;
}) {
  const t = useTranslations("overview.charts");
  return (
    <label className="flex items-center gap-2 text-[13px] text-muted">
      {t("currency")}
      <select
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className="h-8 rounded-md border border-border-strong bg-surface px-2 text-fg focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
      >
        {currencies.map((c) => (
          <option key={c}>{c}</option>
        ))}
      </select>
    </label>
  );
}

export function RevenueCard({ overview }: { overview: Overview }) {
  const t = useTranslations("overview.charts");
  const locale = useLocale();
  const router = useRouter();
  const currencies = rangeCurrencies(overview);
  const [chosen, setChosen] = useState<string | null>(null);
  const currency = chosen && currencies.includes(chosen) ? chosen : (currencies[0] ?? "EUR");
  const rows = revenueRows(overview, currency, locale);
  const days = new Map(overview.days.map((day) => [day.day, day]));
  const money = (amount: string | undefined, c: string) => formatMoney({ amount: amount ?? "0", currency: c }, locale);
  const compact = numberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });
  const table: ChartTableData = {
    caption: t("revenueCaption"),
    columns: [t("day"), ...currencies],
    rows: overview.revenuePerDay.map(({ day, currencies: amounts }) => ({
      key: day,
      header: formatShortDay(day, locale),
      cells: currencies.map((c) => money(amounts[c], c)),
    })),
    footer: {
      key: "total",
      header: t("total"),
      cells: overview.figures.current.currencies.map((c) => money(c.revenue, c.currency)),
    },
  };
  const series = [{ key: "value", label: t("revenue"), color: "var(--chart-1)" }];
  return (
    <ChartCard
      id="revenue-per-day"
      title={t("revenuePerDay")}
      description={t("revenueNote")}
      controls={
        currencies.length > 1 ? <CurrencyPicker currencies={currencies} value={currency} onChange={setChosen} /> : null
      }
      table={table}
      chart={
        <DayBars
          rows={rows}
          series={series}
          formatValue={(row) => money(String(row.amount), currency)}
          formatTick={(value) => compact.format(value)}
          onSelect={(row) => {
            const day = days.get(row.day);
            if (day) router.push(dayCurrencyHref(day, currency));
          }}
        />
      }
    />
  );
}
