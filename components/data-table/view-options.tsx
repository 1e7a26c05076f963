"use client";
// The toolbar's "Columns" button; its menu (view-options-panel.tsx) loads when first opened.
import type { RowData } from "@tanstack/react-table";
import { Settings2 } from "lucide-react";
import { lazy, Suspense } from "react";
import { Popover } from "./popover";
import type { ViewOptionsProps } from "./view-options-panel";

const Panel = lazy(() => import("./view-options-panel").then((m) => ({ default: m.ViewOptionsPanel }))) as <
  TData extends RowData,
>(
  props: ViewOptionsProps<TData>,
) => React.ReactNode;

export function ViewOptions<TData extends RowData>(props: ViewOptionsProps<TData>) {
  return (
    <Popover
      label="Table columns"
      triggerLabel="Columns and density"
      align="end"
      triggerClassName="border-solid"
      panelClassName="w-72"
      trigger={
        <>
          <Settings2 aria-hidden />
          <span className="max-sm:sr-only">Columns</span>
        </>
      }
    >
      <Suspense fallback={<p className="px-2 py-3 text-[13px] text-muted">Loading…</p>}>
        <Panel {...props} />
      </Suspense>
    </Popover>
  );
}
