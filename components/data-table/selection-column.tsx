"use client";
// The checkbox column for picking rows (bulk actions). Selection lives with the caller and reaches the cells
// through the table's meta (DataTableMeta.selection). Native checkboxes: keyboard, screen readers and
// tests (getByRole("checkbox", { name })) work without extra code.
import type { RowData } from "@tanstack/react-table";
import { useEffect, useRef } from "react";
import { createDataTableColumnHelper } from "./features";

const box = "size-4 cursor-pointer rounded accent-[var(--color-accent)] align-middle";

/** A display column named "select": `rowLabel` names each row's checkbox ("Select order 1001"), in the caller's words. */
export function selectionColumn<TData extends RowData>(rowLabel: (row: TData) => string, allLabel: string) {
  return createDataTableColumnHelper<TData>().display({
    id: "select",
    enableHiding: false,
    // It cannot be hidden, so the "Columns" menu never names it: its label is the header checkbox's.
    meta: { label: allLabel, className: "w-10 pr-0" },
    header: ({ table }) => {
      const selection = table.options.meta?.selection;
      const ids = table.getRowModel().rows.map((row) => row.id);
      const count = ids.filter((id) => selection?.selected[id]).length;
      return (
        <HeaderCheckbox
          label={allLabel}
          checked={ids.length > 0 && count === ids.length}
          indeterminate={count > 0 && count < ids.length}
          onChange={(value) => selection?.toggle(ids, value)}
        />
      );
    },
    cell: ({ row, table }) => {
      const selection = table.options.meta?.selection;
      return (
        <input
          type="checkbox"
          className={box}
          aria-label={rowLabel(row.original)}
          checked={selection?.selected[row.id] === true}
          onChange={(e) => selection?.toggle([row.id], e.target.checked)}
        />
      );
    },
  });
}

function HeaderCheckbox({
  label,
  checked,
  indeterminate,
  onChange,
}: {
  label: string;
  checked: boolean;
  indeterminate: boolean;
  onChange: (value: boolean) => void;
}) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // "indeterminate" exists only as a DOM property.
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return (
    <input
      ref={ref}
      type="checkbox"
      className={box}
      aria-label={label}
      checked={checked}
      onChange={(e) => onChange(e.target.checked)}
    />
  );
}
