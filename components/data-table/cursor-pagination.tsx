"use client";
// Paging by cursor: Previous / Next, the page number when it is known, and the page size.
import { ChevronLeft, ChevronRight } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";

interface CursorPaginationProps {
  label: string;
  /** 1-based; null when the page was opened from a link and what came before is unknown. */
  page: number | null;
  rows: number;
  pageSize: number;
  pageSizes: readonly number[];
  hasPrevious: boolean;
  hasNext: boolean;
  busy?: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onPageSize: (size: number) => void;
}

export function CursorPagination({
  label,
  page,
  rows,
  pageSize,
  pageSizes,
  hasPrevious,
  hasNext,
  busy = false,
  onPrevious,
  onNext,
  onPageSize,
}: CursorPaginationProps) {
  const t = useTranslations("dataTable");
  const sizeId = useId();
  return (
    <nav aria-label={label} className="mt-4 flex flex-wrap items-center justify-between gap-3">
      <div className="flex items-center gap-2 text-[13px] text-muted">
        <label htmlFor={sizeId}>{t("rowsPerPage")}</label>
        <Select
          id={sizeId}
          className="w-20"
          value={String(pageSize)}
          onChange={(e) => onPageSize(Number(e.target.value))}
        >
          {pageSizes.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex items-center gap-3">
        <p className="text-[13px] text-muted tabular-nums" aria-live="polite">
          {page ? t("page", { page, rows }) : t("laterPage", { rows })}
        </p>
        <div className="flex gap-2">
          <Button variant="secondary" size="sm" disabled={!hasPrevious} onClick={onPrevious}>
            <ChevronLeft aria-hidden />
            {t("previousPage")}
          </Button>
          <Button variant="secondary" size="sm" disabled={!hasNext || busy} onClick={onNext}>
            {t("nextPage")}
            <ChevronRight aria-hidden />
          </Button>
        </div>
      </div>
    </nav>
  );
}
