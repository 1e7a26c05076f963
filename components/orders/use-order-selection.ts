"use client";
// The rows picked for a bulk action: kept across pages of the same filters (a ref carries the order number,
// so rows of an earlier page can still be named), dropped when the filters change.
import { useCallback, useMemo, useRef, useState } from "react";
import { type OrderRow, rowIdOf } from "./orders-columns";

export interface SelectedOrder {
  connectionId: string;
  orderId: string;
  number: string;
}

const NONE = new Map<string, SelectedOrder>();

export function useOrderSelection(rows: OrderRow[] | undefined, resetKey: string) {
  const [picked, setPicked] = useState(NONE);
  const [key, setKey] = useState(resetKey);
  if (key !== resetKey) {
    // New filters: a selection made under the old ones would act on orders no longer shown.
    setKey(resetKey);
    setPicked(NONE);
  }
  const rowsRef = useRef(rows);
  rowsRef.current = rows;

  const toggle = useCallback((rowIds: readonly string[], value: boolean) => {
    setPicked((previous) => {
      const next = new Map(previous);
      const byId = new Map((rowsRef.current ?? []).map((row) => [rowIdOf(row), row]));
      for (const id of rowIds) {
        const row = byId.get(id);
        if (!value) next.delete(id);
        else if (row)
          next.set(id, { connectionId: row.order.connectionId, orderId: row.order.id, number: row.order.number });
      }
      return next;
    });
  }, []);

  const selection = useMemo(
    () => ({ selected: Object.fromEntries([...picked.keys()].map((id) => [id, true])), toggle }),
    [picked, toggle],
  );

  return {
    /** For the table's meta (checkbox column, row highlight). */
    selection,
    /** For the bulk actions bar. */
    selected: useMemo(() => [...picked.values()], [picked]),
    /** The keyboard's "x": flips one row. */
    flip: useCallback((id: string) => toggle([id], !picked.has(id)), [toggle, picked]),
    clear: useCallback(() => setPicked(NONE), []),
  };
}
