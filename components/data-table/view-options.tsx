"use client";
// The toolbar's "Columns" button; its menu (view-options-panel.tsx) loads when the menu is first wanted.
import type { RowData } from "@tanstack/react-table";
import { Settings2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { lazy } from "react";
import { Popover } from "./popover";
import type { ViewOptionsProps } from "./view-options-panel";

const loadPanel = () => import("./view-options-panel");
const Panel = lazy(() => loadPanel().then((m) => ({ default: m.ViewOptionsPanel }))) as <TData extends RowData>(
  props: ViewOptionsProps<TData>,
) => React.ReactNode;

export function ViewOptions<TData extends RowData>(props: ViewOptionsProps<TData>) {
  const t = useTranslations("dataTable");
  return (
    <Popover
      label={t("tableColumns")}
      load={loadPanel}
      triggerLabel={t("columnsAndDensity")}
      align="end"
      triggerClassName="border-solid"
      panelClassName="w-72"
      trigger={
        <>
          <Settings2 aria-hidden />
          <span className="max-sm:sr-only">{t("columns")}</span>
        </>
      }
    >
      <Panel {...props} />
    </Popover>
  );
}
