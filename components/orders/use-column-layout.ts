"use client";
// The order table's columns (visibility, order, density) per user, remembered on the server under the
// "orders-table" preference. Changes show at once and are saved shortly after the last one.
import { useCallback, useMemo, useRef } from "react";
import { z } from "zod";
import { type ColumnLayout, DENSITIES } from "@/components/data-table/features";
import { usePreference, usePreferenceWriter } from "@/lib/client/use-preferences";
import { DEFAULT_COLUMN_ORDER, DEFAULT_HIDDEN } from "./orders-columns";

const storedLayout = z.object({
  visibility: z.record(z.string(), z.boolean()).catch({}),
  order: z.array(z.string()).catch([]),
  density: z.enum(DENSITIES).catch("comfortable"),
});

export const DEFAULT_LAYOUT: ColumnLayout = {
  visibility: DEFAULT_HIDDEN,
  order: DEFAULT_COLUMN_ORDER,
  density: "comfortable",
};

/** Anything stored (an old release's shape, a saved view's columns) → a layout naming exactly today's columns. */
export function toColumnLayout(value: unknown): ColumnLayout {
  const parsed = storedLayout.safeParse(value);
  if (!parsed.success) return DEFAULT_LAYOUT;
  const known = new Set(DEFAULT_COLUMN_ORDER);
  const order = parsed.data.order.filter((id) => known.has(id) && id !== "select");
  // A column added since the layout was saved appears at the end; the checkbox column stays first.
  const complete = ["select", ...order, ...DEFAULT_COLUMN_ORDER.filter((id) => id !== "select" && !order.includes(id))];
  const visibility = Object.fromEntries(Object.entries(parsed.data.visibility).filter(([id]) => known.has(id)));
  return { visibility, order: complete, density: parsed.data.density };
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
