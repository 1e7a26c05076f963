"use client";
// The audit log's filters live in the URL (shareable, back/forward work). A filter change replaces the
// history entry; paging to older events adds one, so Back returns to the newer page.
import { useQueryStates } from "nuqs";
import { useCallback, useMemo } from "react";
import { type AuditValues, auditParsers } from "@/lib/client/audit-search";
import type { AuditFilters } from "@/lib/client/query-keys";

export type AuditFilterChange = Partial<Omit<AuditValues, "before">>;

export function useAuditUrl() {
  const [values, setValues] = useQueryStates(auditParsers);
  const filters = useMemo<AuditFilters>(
    () => Object.fromEntries(Object.entries(values).filter(([, value]) => value !== null)) as AuditFilters,
    [values],
  );

  /** New filters start again from the newest event. */
  const setFilter = useCallback(
    (changes: AuditFilterChange) => void setValues({ ...changes, before: null }),
    [setValues],
  );
  const setBefore = useCallback(
    (before: number | null) => void setValues({ before }, { history: "push" }),
    [setValues],
  );
  const clear = useCallback(() => void setValues(null), [setValues]);

  const hasFilters = Object.entries(values).some(([key, value]) => key !== "before" && value !== null);
  return { values, filters, setFilter, setBefore, clear, hasFilters };
}
