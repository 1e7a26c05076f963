"use client";
// The "Columns" menu's content (loaded when the menu first opens): show or hide each column, move it up or
// down, choose the row density, reset. It changes the table's state; the caller decides where that is kept.
import { ArrowDown, ArrowUp } from "lucide-react";
import type { ReactTable, RowData } from "@tanstack/react-table";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/client/cn";
import { DENSITIES, type DataTableFeatures, type Density } from "./features";

export interface ViewOptionsProps<TData extends RowData> {
  table: ReactTable<DataTableFeatures, TData>;
  density: Density;
  onDensityChange: (density: Density) => void;
  onReset: () => void;
}

const iconButton =
  "flex size-7 items-center justify-center rounded-md text-muted hover:bg-surface-2 hover:text-fg disabled:pointer-events-none disabled:opacity-40 [&_svg]:size-3.5";

export function ViewOptionsPanel<TData extends RowData>({
  table,
  density,
  onDensityChange,
  onReset,
}: ViewOptionsProps<TData>) {
  const t = useTranslations("dataTable");
  // Every hideable column in its current order (hidden ones too, so they can be shown again).
  const columns = table
    .getOrderColumnsFn()(table.getAllLeafColumns())
    .filter((column) => column.getCanHide());
  const ids = columns.map((column) => column.id);

  const move = (id: string, by: -1 | 1) => {
    const next = [...ids];
    const from = next.indexOf(id);
    const to = from + by;
    if (to < 0 || to >= next.length) return;
    [next[from], next[to]] = [next[to]!, next[from]!];
    // Columns that cannot be hidden (the checkbox) stay first.
    const fixed = table
      .getAllLeafColumns()
      .filter((column) => !column.getCanHide())
      .map((column) => column.id);
    table.setColumnOrder([...fixed, ...next]);
  };

  return (
    <>
      <p className="px-2 pt-1 pb-1.5 text-xs font-medium text-muted">{t("columnsOrder")}</p>
      <ul className="grid">
        {columns.map((column, index) => {
          const label = column.columnDef.meta?.label ?? column.id;
          return (
            <li key={column.id} className="flex items-center gap-1 rounded-md pr-1 hover:bg-surface-2">
              <label className="flex min-w-0 flex-1 cursor-pointer items-center gap-2.5 px-2 py-1.5 text-[13px]">
                <input
                  type="checkbox"
                  className="size-4 accent-[var(--color-accent)]"
                  checked={column.getIsVisible()}
                  onChange={(e) => column.toggleVisibility(e.target.checked)}
                />
                <span className={cn("truncate", !column.getIsVisible() && "text-muted")}>{label}</span>
              </label>
              <button
                type="button"
                className={iconButton}
                disabled={index === 0}
                onClick={() => move(column.id, -1)}
                aria-label={t("moveUp", { label })}
              >
                <ArrowUp aria-hidden />
              </button>
              <button
                type="button"
                className={iconButton}
                disabled={index === columns.length - 1}
                onClick={() => move(column.id, 1)}
                aria-label={t("moveDown", { label })}
              >
                <ArrowDown aria-hidden />
              </button>
            </li>
          );
        })}
      </ul>
      <fieldset className="mt-1.5 border-t px-2 pt-2 pb-1">
        <legend className="sr-only">{t("rowDensity")}</legend>
        <p aria-hidden className="pb-1.5 text-xs font-medium text-muted">
          {t("rowDensity")}
        </p>
        <div className="grid grid-cols-2 gap-1 rounded-md bg-surface-2 p-0.5">
          {DENSITIES.map((value) => (
            <label
              key={value}
              className="relative flex h-7 cursor-pointer items-center justify-center rounded text-[13px] text-muted has-[:checked]:bg-surface has-[:checked]:font-medium has-[:checked]:text-fg has-[:checked]:shadow-xs has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring/40"
            >
              <input
                type="radio"
                name="table-density"
                value={value}
                // Transparent over the whole segment: the label looks like a segmented button, the radio takes the click.
                className="absolute inset-0 cursor-pointer appearance-none rounded outline-none"
                checked={density === value}
                onChange={() => onDensityChange(value)}
              />
              {t(`density.${value}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="mt-1.5 border-t pt-1">
        <button
          type="button"
          onClick={onReset}
          className="h-8 w-full rounded-md text-[13px] font-medium text-muted hover:bg-surface-2 hover:text-fg"
        >
          {t("resetColumns")}
        </button>
      </div>
    </>
  );
}
