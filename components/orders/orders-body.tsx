"use client";
// The list's main area: the table (skeleton rows first, the previous page dimmed while the next loads), or
// one of the states in orders-list-states.tsx when the request failed or nothing matches.
import type { UseQueryResult } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { type ComponentProps, lazy, Suspense } from "react";
import { DataTable } from "@/components/data-table/data-table";
import type { OrderListPage } from "@/lib/client/use-orders";
import type { OrderRow } from "./orders-columns";

const ListState = lazy(() => import("./orders-list-states").then((m) => ({ default: m.OrdersListState })));

interface Props {
  list: UseQueryResult<OrderListPage>;
  table: ComponentProps<typeof DataTable<OrderRow>>["table"];
  density: ComponentProps<typeof DataTable>["density"];
  layoutLoading: boolean;
  activeId: string | null;
  onRowActivate: (id: string) => void;
  hasFilters: boolean;
  onClear: () => void;
  onNextPage: (cursor: string) => void;
}

export function OrdersBody(props: Props) {
  const { list, table, density, layoutLoading, activeId, onRowActivate, hasFilters, onClear, onNextPage } = props;
  const t = useTranslations("orders");
  const page = list.data;
  if (list.isError && !page) {
    return (
      <Suspense fallback={null}>
        <ListState kind="error" query={list} />
      </Suspense>
    );
  }
  if (page && page.orders.length === 0 && !list.isPlaceholderData && !layoutLoading) {
    const cursor = page.nextCursor;
    return (
      <Suspense fallback={null}>
        <ListState
          kind="empty"
          hasFilters={hasFilters}
          onClear={onClear}
          onSearchFurther={cursor ? () => onNextPage(cursor) : undefined}
        />
      </Suspense>
    );
  }
  return (
    <DataTable
      table={table}
      label={t("title")}
      density={density}
      loading={!page || layoutLoading}
      stale={list.isPlaceholderData}
      activeRowId={activeId}
      onRowActivate={onRowActivate}
    />
  );
}
