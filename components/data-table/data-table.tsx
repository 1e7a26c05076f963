"use client";
// The kit's table body: headers and rows of a TanStack Table v9 instance, with skeleton rows while the first
// page loads, a dimmed (not blanked) body while the next one does, density, and one "active" row that the
// keyboard moves. Rows are memoized: a selection or active-row change re-renders one or two rows, not 100.
import { type Cell, flexRender, type ReactTable, type Row, type RowData } from "@tanstack/react-table";
import { memo, type ReactNode, useRef } from "react";
import { Skeleton } from "@/components/ui/skeleton";
import { cn } from "@/lib/client/cn";
import type { DataTableFeatures, Density } from "./features";
import { useClientLinks } from "./use-client-links";

interface DataTableProps<TData extends RowData> {
  table: ReactTable<DataTableFeatures, TData>;
  /** The table's accessible name. */
  label: string;
  density: Density;
  /** No data yet: skeleton rows. */
  loading?: boolean;
  /** Showing the previous page while the next loads. */
  stale?: boolean;
  activeRowId?: string | null;
  /** A click in a row, or focus entering it (Tab to its link), makes it the active one; j/k move it too. */
  onRowActivate?: (rowId: string) => void;
  skeletonRows?: number;
}

const DENSITY_CLASSES: Record<Density, string> = {
  comfortable: "[&_td]:py-3",
  compact: "[&_td]:py-1.5",
};

export function DataTable<TData extends RowData>({
  table,
  label,
  density,
  loading = false,
  stale = false,
  activeRowId,
  onRowActivate,
  skeletonRows = 10,
}: DataTableProps<TData>) {
  const container = useRef<HTMLDivElement>(null);
  useClientLinks(container);
  const headerGroups = table.getHeaderGroups();
  const selected = table.options.meta?.selection?.selected;
  const columns = table.getVisibleLeafColumns();
  return (
    <div ref={container} className="overflow-x-auto rounded-xl border bg-surface shadow-xs">
      <table
        aria-label={label}
        aria-busy={loading || stale || undefined}
        className={cn(
          "w-full border-collapse text-left tabular-nums transition-opacity",
          DENSITY_CLASSES[density],
          stale && "opacity-60",
        )}
      >
        <thead className="border-b bg-surface-2/60">
          {headerGroups.map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th
                  key={header.id}
                  scope="col"
                  className={cn(
                    "h-10 whitespace-nowrap px-2.5 text-xs font-medium tracking-wide text-muted first:pl-4 last:pr-4",
                    header.column.columnDef.meta?.className,
                  )}
                >
                  {header.isPlaceholder ? null : flexRender(header.column.columnDef.header, header.getContext())}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody className="divide-y divide-border">
          {loading
            ? Array.from({ length: skeletonRows }, (_, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows have no identity
                <tr key={i}>
                  {columns.map((column) => (
                    <td key={column.id} className="px-2.5 first:pl-4 last:pr-4">
                      <Skeleton className={cn("h-4", column.id === "select" ? "size-4" : "w-20")} />
                    </td>
                  ))}
                </tr>
              ))
            : table
                .getRowModel()
                .rows.map((row) => (
                  <DataTableRow
                    key={row.id}
                    row={row}
                    cells={row.getVisibleCells()}
                    selected={selected?.[row.id] === true}
                    active={row.id === activeRowId}
                    onRowActivate={onRowActivate}
                  />
                ))}
        </tbody>
      </table>
    </div>
  );
}

interface RowProps<TData extends RowData> {
  row: Row<DataTableFeatures, TData>;
  /** Passed in (not read inside) so the memo sees a column change: the array is memoized per row by the table. */
  cells: Cell<DataTableFeatures, TData, unknown>[];
  selected: boolean;
  active: boolean;
  onRowActivate?: (rowId: string) => void;
}

function DataTableRowImpl<TData extends RowData>({ row, cells, selected, active, onRowActivate }: RowProps<TData>) {
  const activate = onRowActivate ? () => onRowActivate(row.id) : undefined;
  return (
    <tr
      data-row-id={row.id}
      data-active={active || undefined}
      data-state={selected ? "selected" : undefined}
      onClick={activate}
      onFocus={activate}
      className={cn(
        "transition-colors hover:bg-surface-2/50 data-[state=selected]:bg-accent-soft/40",
        "data-[active]:bg-accent-soft/60 data-[active]:shadow-[inset_3px_0_0_var(--color-accent)]",
      )}
    >
      {cells.map((cell) => (
        <td
          key={cell.id}
          className={cn("px-2.5 align-middle first:pl-4 last:pr-4", cell.column.columnDef.meta?.className)}
        >
          {renderCell(cell)}
        </td>
      ))}
    </tr>
  );
}

const DataTableRow = memo(DataTableRowImpl) as typeof DataTableRowImpl;

/**
 * A cell's content, by calling its renderer inside the row's render: one component per row instead of one
 * per cell (flexRender makes each renderer a component). Cell renderers must therefore not use hooks;
 * one that needs state renders a component of its own.
 */
function renderCell<TData extends RowData>(cell: Cell<DataTableFeatures, TData, unknown>): ReactNode {
  const render = cell.column.columnDef.cell;
  return typeof render === "function" ? render(cell.getContext()) : (render ?? null);
}
