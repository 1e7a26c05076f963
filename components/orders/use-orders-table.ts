"use client";
// The order table's TanStack Table v9 instance: features from module scope, columns built once per interface
// language, column layout from the user's preference, sorting through the URL (see DataTableMeta), selection kept by the caller.
import { type Updater, functionalUpdate, useTable } from "@tanstack/react-table";
import { useCallback, useMemo } from "react";
import {
  type ColumnLayout,
  type DataTableMeta,
  dataTableFeatures,
  type SortDirection,
} from "@/components/data-table/features";
import type { OrderListSort } from "@/lib/domain/query";
import { type OrderRow, rowIdOf, useOrderColumns } from "./orders-columns";

const NO_ROWS: OrderRow[] = [];

const SORT_COLUMNS: Record<OrderListSort, { columnId: string; direction: SortDirection }> = {
  placed_desc: { columnId: "placedAt", direction: "desc" },
  placed_asc: { columnId: "placedAt", direction: "asc" },
  total_desc: { columnId: "total", direction: "desc" },
  total_asc: { columnId: "total", direction: "asc" },
  customer_asc: { columnId: "customer", direction: "asc" },
  customer_desc: { columnId: "customer", direction: "desc" },
  status_asc: { columnId: "status", direction: "asc" },
  status_desc: { columnId: "status", direction: "desc" },
  connection_asc: { columnId: "connection", direction: "asc" },
  connection_desc: { columnId: "connection", direction: "desc" },
};

export function sortFor(columnId: string, direction: SortDirection): OrderListSort | undefined {
  return (Object.keys(SORT_COLUMNS) as OrderListSort[]).find(
    (sort) => SORT_COLUMNS[sort].columnId === columnId && SORT_COLUMNS[sort].direction === direction,
  );
}

interface Options {
  rows: OrderRow[] | undefined;
  layout: ColumnLayout;
  setLayout: (changes: Partial<ColumnLayout>) => void;
  sort: OrderListSort;
  availableSorts: readonly OrderListSort[];
  onSort: (sort: OrderListSort) => void;
  selection: NonNullable<DataTableMeta["selection"]>;
}

export function useOrdersTable({ rows, layout, setLayout, sort, availableSorts, onSort, selection }: Options) {
  const meta = useMemo<DataTableMeta>(() => {
    const sortable: Record<string, SortDirection[]> = {};
    for (const option of availableSorts) {
      const { columnId, direction } = SORT_COLUMNS[option];
      sortable[columnId] = [...(sortable[columnId] ?? []), direction];
    }
    return {
      sort: SORT_COLUMNS[sort],
      sortable,
      onSort: (columnId, direction) => {
        const next = sortFor(columnId, direction);
        if (next) onSort(next);
      },
      selection,
    };
  }, [sort, availableSorts, onSort, selection]);

  const state = useMemo(
    () => ({ columnVisibility: layout.visibility, columnOrder: layout.order }),
    [layout.visibility, layout.order],
  );

  const columns = useOrderColumns();
  return useTable({
    features: dataTableFeatures,
    columns,
    data: rows ?? NO_ROWS,
    getRowId: rowIdOf,
    state,
    meta,
    onColumnVisibilityChange: useCallback(
      (updater: Updater<ColumnLayout["visibility"]>) =>
        setLayout({ visibility: functionalUpdate(updater, layout.visibility) }),
      [setLayout, layout.visibility],
    ),
    onColumnOrderChange: useCallback(
      (updater: Updater<ColumnLayout["order"]>) => setLayout({ order: functionalUpdate(updater, layout.order) }),
      [setLayout, layout.order],
    ),
  });
}
