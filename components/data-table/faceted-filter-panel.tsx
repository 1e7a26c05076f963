"use client";
// The faceted filter's menu (loaded when first opened): a search box for long lists, one checkbox per
// option, and "Clear".
import { useId, useMemo, useState } from "react";
import type { FacetOption } from "./faceted-filter";

const SEARCH_FROM = 9;

interface PanelProps {
  title: string;
  options: readonly FacetOption[];
  selected: readonly string[];
  onChange: (values: string[]) => void;
  placeholder?: string;
}

export function FacetedFilterPanel({ title, options, selected, onChange, placeholder }: PanelProps) {
  const [search, setSearch] = useState("");
  const searchId = useId();
  const hintId = useId();
  const picked = useMemo(() => new Set(selected), [selected]);
  const shown = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return needle ? options.filter((o) => o.label.toLowerCase().includes(needle)) : options;
  }, [options, search]);
  const count = selected.length;
  const toggle = (value: string) =>
    onChange(picked.has(value) ? selected.filter((v) => v !== value) : [...selected, value]);

  return (
    <>
      {options.length >= SEARCH_FROM ? (
        <div className="p-1">
          <label htmlFor={searchId} className="sr-only">{`Find a ${title.toLowerCase()}`}</label>
          <input
            id={searchId}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            placeholder={`Find ${title.toLowerCase()}…`}
            className="h-8 w-full rounded-md border border-border-strong bg-surface px-2.5 text-[13px] outline-none focus-visible:border-ring focus-visible:ring-2 focus-visible:ring-ring/30"
          />
        </div>
      ) : null}
      <div className="max-h-72 overflow-y-auto py-0.5">
        {options.length === 0 ? (
          <p className="px-2.5 py-3 text-[13px] text-muted">{placeholder ?? "Nothing to choose from."}</p>
        ) : shown.length === 0 ? (
          <p className="px-2.5 py-3 text-[13px] text-muted">No match.</p>
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
            Clear {title.toLowerCase()}
          </button>
        </div>
      ) : null}
    </>
  );
}
