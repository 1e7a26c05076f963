"use client";
// The order table's columns (visibility, order, density) per user, remembered on the server under the
// "orders-table" preference. Changes show at once and are saved shortly after the last one.
import { useCallback, useMemo, useRef } from "react";
import { type ColumnLayout, DENSITIES, type Density } from "@/components/data-table/features";
import { usePreference, usePreferenceWriter } from "@/lib/client/use-preferences";
import { DEFAULT_COLUMN_ORDER, DEFAULT_HIDDEN } from "./orders-columns";

export const DEFAULT_LAYOUT: ColumnLayout = {
  visibility: DEFAULT_HIDDEN,
  order: DEFAULT_COLUMN_ORDER,
  density: "comfortable",
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Anything stored (an old release's shape, a saved view's columns) → a layout naming exactly today's columns;
 * what does not fit is left out. Checked by hand: a schema library would be most of the list's first load.
 */
export function toColumnLayout(value: unknown): ColumnLayout {
  if (!isRecord(value)) return DEFAULT_LAYOUT;
  const known = new Set(DEFAULT_COLUMN_ORDER);
  const stored = Array.isArray(value.order) ? value.order : [];
  const order = stored.filter((id): id is string => typeof id === "string" && known.has(id) && id !== "select");
  // A column added since the layout was saved appears at the end; the checkbox column stays first.
  const complete = ["select", ...order, ...DEFAULT_COLUMN_ORDER.filter((id) => id !== "select" && !order.includes(id))];
  const visibility = Object.fromEntries(
    Object.entries(isRecord(value.visibility) ? value.visibility : {}).filter(
      (entry): entry is [string, boolean] => known.has(entry[0]) && typeof entry[1] === "boolean",
    ),
  );
  const density = DENSITIES.find((d): d is Density => d === value.density) ?? "comfortable";
  return { visibility, order: complete, density };
}

export function useColumnLayout() {
  const preference = usePreference("orders-table");
  const write = usePreferenceWriter("orders-table");
  const layout = useMemo(
    () =>
      preference.data === undefined || preference.data === null ? DEFAULT_LAYOUT : toColumnLayout(preference.data),
    [preference.data],
  );
  // Two changes before a re-render (hide, then move) must build on each other.
  const latest = useRef(layout);
  latest.current = layout;

  const setLayout = useCallback(
    (changes: Partial<ColumnLayout>) => {
      const next = { ...latest.current, ...changes };
      latest.current = next;
      write(next);
    },
    [write],
  );

  return {
    layout,
    /** Still loading the user's layout: the table waits rather than flashing the default columns. */
    loading: preference.isPending,
    setLayout,
    reset: useCallback(() => setLayout(DEFAULT_LAYOUT), [setLayout]),
  };
}
