"use client";
// The faceted filter's menu (loaded when first opened): a search box for long lists, one checkbox per
// option, and "Clear".
import { useLocale, useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import type { FacetOption, FacetTexts } from "./faceted-filter";

const SEARCH_FROM = 9;

interface PanelProps {
  texts: FacetTexts;
  options: readonly FacetOption[];
  selected: readonly string[];
  onChange: (values: string[]) => void;
  placeholder?: string;
}

export function FacetedFilterPanel({ texts, options, selected, onChange, placeholder }: PanelProps) {
  const t = useTranslations("dataTable");
  const locale = useLocale();
  const [search, setSearch] = useState("");
  const searchId = useId();
  const hintId = useId();
  const picked = useMemo(() => new Set(selected), [selected]);
  const shown = useMemo(() => {
    // In the interface's language: Turkish "İ" lowercases to "i", not "i̇".
    const needle = search.trim().toLocaleLowerCase(locale);
    return needle ? options.filter((o) => o.label.toLocaleLowerCase(locale).includes(needle)) : options;
  }, [options, search, locale]);
  const count = selected.length;
  const toggle = (value: string) =>
    onChange(picked.has(value) ? selected.filter((v) => v !== value) : [...selected, value]);

  return (
    <>
      {options.length >= SEARCH_FROM ? (
        <div className="p-1">
          <label htmlFor={searchId} className="sr-only">
            {texts.searchLabel}
          </label>
          <input
            id={searchId}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder={texts.searchPlaceholder}
            className="h-8 w-full rounded-md border border-border-strong bg-surface px-2.5 text-[13px] outline-none focus-visible:border-ring focus-visible:ring-2 focus-visible:ring-ring/30"
          />
        </div>
      ) : null}
      <div className="max-h-72 overflow-y-auto py-0.5">
        {options.length === 0 ? (
          <p className="px-2.5 py-3 text-[13px] text-muted">{placeholder ?? t("nothingToChoose")}</p>
        ) : shown.length === 0 ? (
          <p className="px-2.5 py-3 text-[13px] text-muted">{t("noMatch")}</p>
        ) : (
          shown.map((option, index) => (
            <label
              key={option.value}
              className="flex cursor-pointer items-center gap-2.5 rounded-md px-2 py-1.5 text-[13px] hover:bg-surface-2"
            >
              <input
                type="checkbox"
                className="size-4 shrink-0 cursor-pointer accent-[var(--color-accent)]"
                checked={picked.has(option.value)}
                onChange={() => toggle(option.value)}
                // The option's own words name it; the hint (e.g. its stage) is a description, not the name.
                aria-label={option.label}
                aria-describedby={
                  [
                    option.hint ? `${hintId}-${index}` : "",
                    option.count !== undefined ? `${hintId}-${index}-count` : "",
                  ]
                    .filter(Boolean)
                    .join(" ") || undefined
                }
              />
              {option.icon}
              <span className="min-w-0 flex-1">
                <span className="block truncate">{option.label}</span>
                {option.hint ? (
                  <span id={`${hintId}-${index}`} className="block truncate text-xs text-muted">
                    {option.hint}
                  </span>
                ) : null}
              </span>
              {option.count !== undefined ? (
                <span id={`${hintId}-${index}-count`} className="shrink-0 font-mono text-xs text-muted tabular-nums">
                  {option.count}
                </span>
              ) : null}
            </label>
          ))
        )}
      </div>
      {count > 0 ? (
        <div className="mt-1 border-t pt-1">
          <button
            type="button"
            onClick={() => onChange([])}
            className="h-8 w-full rounded-md text-[13px] font-medium text-muted hover:bg-surface-2 hover:text-fg"
          >
            {texts.clear}
          </button>
        </div>
      ) : null}
    </>
  );
}
