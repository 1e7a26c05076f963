// The table kit's one feature set: sorting and paging happen on the server (the URL drives them), so a
// list table needs only column visibility and order on the client. Selection is the caller's own state
// (it outlives a page of rows), reached through the table's meta. Module scope, so the table never sees a
// new features object (TanStack Table v9 would rebuild its prototypes).
import {
  type ColumnOrderState,
  type ColumnVisibilityState,
  columnOrderingFeature,
  columnVisibilityFeature,
  createColumnHelper,
  type RowData,
  tableFeatures,
} from "@tanstack/react-table";

export interface DataTableColumnMeta {
  /** The column's name in the "Columns" menu (headers may be icons or empty). */
  label: string;
  /** Extra classes for the header and every cell, e.g. "text-right" for amounts. */
  className?: string;
}

export type SortDirection = "asc" | "desc";

/** Sorting happens on the server: the table only shows the current sort and asks for another one. */
export interface DataTableMeta {
  sort?: { columnId: string; direction: SortDirection } | null;
  /** Per column, the directions the data source can sort by now (none: the header is plain text). */
  sortable?: Record<string, readonly SortDirection[]>;
  onSort?: (columnId: string, direction: SortDirection) => void;
  /** Rows picked (for bulk actions), by row id; the caller keeps them across pages. */
  selection?: {
    selected: Readonly<Record<string, boolean>>;
    toggle: (rowIds: readonly string[], value: boolean) => void;
  };
}

export const dataTableFeatures = tableFeatures({
  columnVisibilityFeature,
  columnOrderingFeature,
  columnMeta: {} as DataTableColumnMeta,
  tableMeta: {} as DataTableMeta,
});
export type DataTableFeatures = typeof dataTableFeatures;

export function createDataTableColumnHelper<TData extends RowData>() {
  return createColumnHelper<DataTableFeatures, TData>();
}

export const DENSITIES = ["comfortable", "compact"] as const;
export type Density = (typeof DENSITIES)[number];

/** What a user may arrange in a table and have remembered: which columns, in what order, how dense. */
export interface ColumnLayout {
  visibility: ColumnVisibilityState;
  order: ColumnOrderState;
  density: Density;
}
