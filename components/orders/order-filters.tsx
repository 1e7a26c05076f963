"use client";
// The list's toolbar: search, connections, stage, the platform's own status (one connection only), sort,
// columns; then the placed-at range (in the browser's time zone), total range, currency and the ERP flag.
import { Search, SlidersHorizontal, X } from "lucide-react";
import { lazy, type ReactNode, type RefObject, Suspense, useId, useState } from "react";
import { PlatformIcon } from "@/components/connections/platform-icon";
import { FacetedFilter } from "@/components/data-table/faceted-filter";
import { toolbarToggleClasses } from "@/components/data-table/popover";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { cn } from "@/lib/client/cn";
import { usePlatformMarks } from "@/lib/client/platform-marks";
import type { ConnectionItem } from "@/lib/client/use-connections";
import { useOrderStatuses } from "@/lib/client/use-orders";
import type { Stage } from "@/lib/domain/order";
import type { OrderCounts } from "@/lib/domain/order-list";
import type { OrderListSort } from "@/lib/domain/query";
import { STAGE_OPTIONS, stageLook } from "./order-status-badge";
import type { ListFilterChange, ListFilters } from "./use-order-list-url";

const OrderRangeFilters = lazy(() => import("./order-range-filters").then((m) => ({ default: m.OrderRangeFilters })));

export const SORT_LABELS: Record<OrderListSort, string> = {
  placed_desc: "Newest first",
  placed_asc: "Oldest first",
  total_desc: "Highest total",
  total_asc: "Lowest total",
  customer_asc: "Customer A–Z",
  customer_desc: "Customer Z–A",
  status_asc: "Status, first steps first",
  status_desc: "Status, last steps first",
  connection_asc: "Connection A–Z",
  connection_desc: "Connection Z–A",
};

const number = new Intl.NumberFormat();

const STAGE_FACETS = STAGE_OPTIONS.map((option) => ({
  value: option.value,
  label: option.label,
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
  const counted = (n: number | undefined) => (counts ? number.format(n ?? 0) : undefined);
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
            Search orders
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
            placeholder="Order number, customer email or name"
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
          title="Connection"
          options={(connections ?? []).map((c) => ({
            value: c.id,
            label: c.name,
            icon: <PlatformIcon platform={c.platform} className="size-4" />,
            count: counted(counts?.connections[c.id]),
          }))}
          selected={filters.connection}
          placeholder={connections ? "No connections yet." : "Loading connections…"}
          onChange={(connection) => onChange(connectionChange(connection, filters))}
        />
        <FacetedFilter
          title="Stage"
          options={STAGE_FACETS.map((facet) => ({ ...facet, count: counted(counts?.stages[facet.value as Stage]) }))}
          selected={filters.stage}
          onChange={(stage) => onChange({ stage: stage as Stage[] })}
        />
        {single ? (
          <FacetedFilter
            title="Status"
            options={(statuses.data ?? []).map((s) => ({
              value: s.code,
              label: s.label,
              hint: stageLook(s.stage).label,
            }))}
            selected={filters.status}
            placeholder={statuses.isError ? `Could not load statuses: ${statuses.error.message}` : "Loading statuses…"}
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
          More filters
          {rangeCount > 0 ? <Badge tone="accent">{rangeCount}</Badge> : null}
        </button>
        <div className="ml-auto flex items-center gap-2">
          {hasFilters ? (
            <Button variant="ghost" size="sm" onClick={onClear} className="text-muted">
              <X aria-hidden />
              Clear filters
            </Button>
          ) : null}
          <label htmlFor={sortId} className="sr-only">
            Sort by
          </label>
          <Select
            id={sortId}
            value={filters.sort}
            onChange={(e) => onChange({ sort: e.target.value as OrderListSort })}
            className="w-40 [&_select]:h-8 [&_select]:text-[13px]"
          >
            {sorts.map((sort) => (
              <option key={sort} value={sort} disabled={!availableSorts.includes(sort)}>
                {SORT_LABELS[sort]}
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
