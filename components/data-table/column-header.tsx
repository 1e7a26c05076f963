"use client";
// A header that sorts on the server: clicking asks the caller to switch the URL's sort. A column whose sort
// the selected platforms cannot do renders as plain text.
import { ArrowDown, ArrowUp, ChevronsUpDown } from "lucide-react";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/client/cn";
import type { DataTableMeta, SortDirection } from "./features";

interface SortableHeaderProps {
  title: string;
  /** The column's current direction, or null when the list is sorted by something else. */
  direction: "asc" | "desc" | null;
  /** The direction a click switches to, or null when this column cannot be sorted now. */
  next: "asc" | "desc" | null;
  onSort: (direction: "asc" | "desc") => void;
  className?: string;
}

export function SortableHeader({ title, direction, next, onSort, className }: SortableHeaderProps) {
  const t = useTranslations("dataTable");
  if (!next) return <span className={className}>{title}</span>;
  const Icon = direction === "asc" ? ArrowUp : direction === "desc" ? ArrowDown : ChevronsUpDown;
  return (
    <button
      type="button"
      onClick={() => onSort(next)}
      aria-label={next === "asc" ? t("sortAscending", { title }) : t("sortDescending", { title })}
      className={cn(
        "-mx-1.5 inline-flex h-7 items-center gap-1 rounded px-1.5 hover:bg-surface-2 hover:text-fg",
        direction && "text-fg",
        className,
      )}
    >
      {title}
      <Icon aria-hidden className={cn("size-3.5", !direction && "opacity-50")} />
    </button>
  );
}

interface ServerSortHeaderProps {
  title: string;
  column: { id: string };
  table: { options: { meta?: DataTableMeta } };
}

/** A column header that sorts through the table's meta (see DataTableMeta): `header: (ctx) => <ServerSortHeader title="Placed" {...ctx} />`. */
export function ServerSortHeader({ title, column, table }: ServerSortHeaderProps) {
  const meta = table.options.meta;
  const offered = meta?.sortable?.[column.id] ?? [];
  const direction = meta?.sort?.columnId === column.id ? meta.sort.direction : null;
  // Newest/largest first on the first click, then flip; a direction the sources cannot do is skipped.
  const wanted: SortDirection = direction === "desc" ? "asc" : "desc";
  const next = offered.includes(wanted) ? wanted : (offered.find((d) => d !== direction) ?? null);
  return (
    <SortableHeader title={title} direction={direction} next={next} onSort={(d) => meta?.onSort?.(column.id, d)} />
  );
}
