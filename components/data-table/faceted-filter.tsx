"use client";
// A multi-select filter for the toolbar: a dashed button naming the filter and what is picked, and a panel of
// checkboxes (with a search box when the list is long). The value lives with the caller (the URL).
import { PlusCircle } from "lucide-react";
import { useTranslations } from "next-intl";
import { lazy, type ReactNode, useMemo } from "react";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/client/cn";
import { Popover } from "./popover";

export interface FacetOption {
  value: string;
  label: string;
  /** A small mark before the label (platform icon, colour dot). */
  icon?: ReactNode;
  /** A quiet second line, e.g. the stage a platform status belongs to. */
  hint?: string;
  /** How many rows this option would give (shown at the end of its line). */
  count?: string;
}

/** What the panel says about this filter, in the caller's words (each language declines its noun its own way). */
export interface FacetTexts {
  /** The search box's label and placeholder (long lists only), e.g. "Find a connection", "Find connection…". */
  searchLabel: string;
  searchPlaceholder: string;
  /** The button that empties the filter, e.g. "Clear connection". */
  clear: string;
}

interface FacetedFilterProps {
  title: string;
  texts: FacetTexts;
  options: readonly FacetOption[];
  selected: readonly string[];
  onChange: (values: string[]) => void;
  /** Shown in the panel instead of options (e.g. while they load). */
  placeholder?: string;
}

// The menu's content loads with the menu (see Popover).
const loadPanel = () => import("./faceted-filter-panel");
const Panel = lazy(() => loadPanel().then((m) => ({ default: m.FacetedFilterPanel })));

export function FacetedFilter({ title, texts, options, selected, onChange, placeholder }: FacetedFilterProps) {
  const t = useTranslations("dataTable");
  const picked = useMemo(() => new Set(selected), [selected]);
  const pickedLabels = options.filter((o) => picked.has(o.value)).map((o) => o.label);
  // A value from a link that no option names (a removed connection) still counts, so it can be cleared.
  const count = selected.length;

  return (
    <Popover
      label={t("filterLabel", { title })}
      load={loadPanel}
      triggerLabel={
        count > 0
          ? t("filterPicked", { title, picked: pickedLabels.join(", ") || t("selectedCount", { count }) })
          : title
      }
      trigger={
        <>
          <PlusCircle aria-hidden className={cn(count > 0 && "hidden")} />
          {title}
          {count > 0 ? (
            <>
              <span aria-hidden className="mx-0.5 h-4 w-px bg-border-strong" />
              {count > 2 || pickedLabels.length === 0 ? (
                <Badge tone="accent">{t("selectedCount", { count })}</Badge>
              ) : (
                pickedLabels.map((label) => (
                  <Badge key={label} tone="accent" className="max-w-32 truncate">
                    {label}
                  </Badge>
                ))
              )}
            </>
          ) : null}
        </>
      }
    >
      <Panel texts={texts} options={options} selected={selected} onChange={onChange} placeholder={placeholder} />
    </Popover>
  );
}
