"use client";
// The list's toolbar: search, connections, stage, the platform's own status (one connection only), sort,
// columns; then the placed-at range (in the browser's time zone), total range, currency and the ERP flag.
import { Search, SlidersHorizontal, X } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { lazy, type ReactNode, type RefObject, Suspense, useId, useState } from "react";
import { PlatformIcon } from "@/components/connections/platform-icon";
import { FacetedFilter } from "@/components/data-table/faceted-filter";
import { toolbarToggleClasses } from "@/components/data-table/popover";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { cn } from "@/lib/client/cn";
import { numberFormat } from "@/lib/client/intl-cache";
import { usePlatformMarks } from "@/lib/client/platform-marks";
import type { ConnectionItem } from "@/lib/client/use-connections";
import { useErrorText } from "@/lib/client/use-error-text";
import { useOrderStatuses } from "@/lib/client/use-orders";
import type { Stage } from "@/lib/domain/order";
import type { OrderCounts } from "@/lib/domain/order-list";
import type { OrderListSort } from "@/lib/domain/query";
import { STAGE_OPTIONS } from "./order-status-badge";
import type { ListFilterChange, ListFilters } from "./use-order-list-url";

const OrderRangeFilters = lazy(() => import("./order-range-filters").then((m) => ({ default: m.OrderRangeFilters })));

const STAGE_DOTS = STAGE_OPTIONS.map((option) => ({
  value: option.value,
  icon: <span aria-hidden className={cn("size-2 shrink-0 rounded-full", option.dotClassName)} />,
}));

/** Applies a change; `typing` marks text being typed, which reaches the URL once typing pauses. */
export type OnFilterChange = (changes: ListFilterChange, options?: { typing?: boolean }) => void;

interface OrderFiltersProps {
  /** What the toolbar shows (the URL's state, a typed change included at once). */
  filters: ListFilters;
  connections: ConnectionItem[] | undefined;
  /** How many orders each stage and connection would give with the other filters (from the index). */
  counts: OrderCounts | undefined;
  availableSorts: readonly OrderListSort[];
  currencies: readonly string[];
  onChange: OnFilterChange;
  onClear: () => void;
  hasFilters: boolean;
  searchRef: RefObject<HTMLInputElement | null>;
  columnsMenu: ReactNode;
}

export function OrderFilters(props: OrderFiltersProps) {
  const { filters, connections, counts, availableSorts, onChange, onClear, hasFilters, searchRef, columnsMenu } = props;
  const t = useTranslations("filters");
  const tOrders = useTranslations("orders");
  const tStages = useTranslations("stages");
  const errorText = useErrorText();
  const locale = useLocale();
  const counted = (n: number | undefined) => (counts ? numberFormat(locale).format(n ?? 0) : undefined);
  const searchId = useId();
  const sortId = useId();
  const single = filters.connection.length === 1 ? filters.connection[0] : undefined;
  const statuses = useOrderStatuses(single);
  const sorts = availableSorts.includes(filters.sort) ? availableSorts : [...availableSorts, filters.sort];
  // Dates, totals and currency sit behind "More filters", open whenever one of them is in use.
  const moreId = useId();
  const rangeCount = [
    filters.from || filters.to,
    filters.minTotal || filters.maxTotal,
    filters.currency,
    filters.erp,
  ].filter(Boolean).length;
  // Only Akinon Omnitron orders carry an ERP flag: the filter is offered when such a connection exists.
  const marks = usePlatformMarks();
  const erpFilter =
    Boolean(filters.erp) ||
    (connections ?? []).some((c) => marks.find((m) => m.id === c.platform)?.filters.includes("erp"));
  const [more, setMore] = useState(rangeCount > 0);
  const [seenCount, setSeenCount] = useState(rangeCount);
  if (seenCount !== rangeCount) {
    setSeenCount(rangeCount);
    if (rangeCount > seenCount) setMore(true);
  }
  const moreOpen = more;

  return (
    <div className="mb-4 grid gap-3 rounded-xl border bg-surface p-3 shadow-xs sm:p-4">
      <div className="flex flex-wrap items-center gap-2">
        <div className="relative min-w-0 flex-[1_1_16rem]">
          <label htmlFor={searchId} className="sr-only">
            {t("searchLabel")}
          </label>
          <Search
            aria-hidden
            className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted"
          />
          <Input
            id={searchId}
            ref={searchRef}
            type="search"
            value={filters.q ?? ""}
            onChange={(e) => onChange({ q: e.target.value || null }, { typing: true })}
            // Enter searches at once, without waiting for the pause.
            onKeyDown={(e) => (e.key === "Enter" ? onChange({ q: e.currentTarget.value || null }) : undefined)}
            placeholder={t("searchPlaceholder")}
            className="h-8 px-8 text-[13px]"
            aria-keyshortcuts="/"
            maxLength={200}
          />
          <kbd
            aria-hidden
            className="pointer-events-none absolute top-1/2 right-2 hidden -translate-y-1/2 rounded border px-1.5 font-mono text-[11px] text-muted sm:block"
          >
            /
          </kbd>
        </div>
        <FacetedFilter
          title={t("connection.title")}
          texts={{
            searchLabel: t("connection.searchLabel"),
            searchPlaceholder: t("connection.searchPlaceholder"),
            clear: t("connection.clear"),
          }}
          options={(connections ?? []).map((c) => ({
            value: c.id,
            label: c.name,
            icon: <PlatformIcon platform={c.platform} className="size-4" />,
            count: counted(counts?.connections[c.id]),
          }))}
          selected={filters.connection}
          placeholder={connections ? t("connection.none") : t("connection.loading")}
          onChange={(connection) => onChange(connectionChange(connection, filters))}
        />
        <FacetedFilter
          title={t("stage.title")}
          texts={{
            searchLabel: t("stage.searchLabel"),
            searchPlaceholder: t("stage.searchPlaceholder"),
            clear: t("stage.clear"),
          }}
          options={STAGE_DOTS.map((facet) => ({
            ...facet,
            label: tStages(facet.value),
            count: counted(counts?.stages[facet.value]),
          }))}
          selected={filters.stage}
          onChange={(stage) => onChange({ stage: stage as Stage[] })}
        />
        {single ? (
          <FacetedFilter
            title={t("status.title")}
            texts={{
              searchLabel: t("status.searchLabel"),
              searchPlaceholder: t("status.searchPlaceholder"),
              clear: t("status.clear"),
            }}
            // The platform's own status words, each with the stage Orderdeck files it under.
            options={(statuses.data ?? []).map((s) => ({
              value: s.code,
              label: s.label,
              hint: tStages(s.stage),
            }))}
            selected={filters.status}
            placeholder={
              statuses.isError ? t("status.loadFailed", { message: errorText(statuses.error) }) : t("status.loading")
            }
            onChange={(status) => onChange({ status })}
          />
        ) : null}
        <button
          type="button"
          aria-expanded={moreOpen}
          aria-controls={moreOpen ? moreId : undefined}
          onClick={() => setMore(!moreOpen)}
          className={toolbarToggleClasses}
        >
          <SlidersHorizontal aria-hidden />
          {t("more")}
          {rangeCount > 0 ? <Badge tone="accent">{rangeCount}</Badge> : null}
        </button>
        <div className="ml-auto flex items-center gap-2">
          {hasFilters ? (
            <Button variant="ghost" size="sm" onClick={onClear} className="text-muted">
              <X aria-hidden />
              {tOrders("clearFilters")}
            </Button>
          ) : null}
          <label htmlFor={sortId} className="sr-only">
            {t("sortBy")}
          </label>
          <Select
            id={sortId}
            value={filters.sort}
            onChange={(e) => onChange({ sort: e.target.value as OrderListSort })}
            className="w-40 [&_select]:h-8 [&_select]:text-[13px]"
          >
            {sorts.map((sort) => (
              <option key={sort} value={sort} disabled={!availableSorts.includes(sort)}>
                {t(`sort.${sort}`)}
              </option>
            ))}
          </Select>
          {columnsMenu}
        </div>
      </div>
      {moreOpen ? (
        <Suspense fallback={<div className="h-20" />}>
          <OrderRangeFilters
            id={moreId}
            filters={filters}
            currencies={props.currencies}
            erpFilter={erpFilter}
            onChange={onChange}
          />
        </Suspense>
      ) : null}
    </div>
  );
}

/** Platform statuses belong to one connection: picking other connections drops them. */
function connectionChange(connection: string[], filters: ListFilters): ListFilterChange {
  const sameSingle =
    connection.length === 1 && filters.connection.length === 1 && connection[0] === filters.connection[0];
  return sameSingle ? { connection } : { connection, status: [] };
}
