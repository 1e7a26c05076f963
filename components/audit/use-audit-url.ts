"use client";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo, useRef } from "react";
import type { AuditFilters } from "@/lib/client/query-keys";
import { auditQuery } from "@/lib/domain/audit";

const KEYS = ["actor", "action", "from", "to", "before"] as const;

/** The audit log's filters live in the URL (shareable, back/forward work); invalid values are dropped. */
export function useAuditUrl() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();

  const filters = useMemo<AuditFilters>(() => {
    const out: Record<string, string | number> = {};
    for (const key of KEYS) {
      const raw = params.get(key);
      if (!raw) continue;
      const parsed = auditQuery.shape[key].safeParse(raw);
      if (parsed.success && parsed.data !== undefined) out[key] = parsed.data;
    }
    return out as AuditFilters;
  }, [params]);

  // The URL updates asynchronously: two quick changes (From, then To) must build on each other, not on
  // the URL as it was before the first one landed.
  const latest = useRef(filters);
  const seen = useRef(filters);
  if (seen.current !== filters) {
    seen.current = filters;
    latest.current = filters;
  }

  const navigate = useCallback(
    (next: AuditFilters, mode: "push" | "replace") => {
      latest.current = next;
      const search = new URLSearchParams();
      for (const key of KEYS) {
        const value = next[key];
        if (value !== undefined && value !== "") search.set(key, String(value));
      }
      const query = search.toString();
      router[mode](query ? `${pathname}?${query}` : pathname, { scroll: false });
    },
    [router, pathname],
  );

  /** New filters start again from the newest event. */
  const setFilter = useCallback(
    (changes: Partial<AuditFilters>) => navigate({ ...latest.current, ...changes, before: undefined }, "replace"),
    [navigate],
  );
  const setBefore = useCallback(
    (before: number | undefined) => navigate({ ...latest.current, before }, "push"),
    [navigate],
  );
  const clear = useCallback(() => navigate({}, "replace"), [navigate]);

  const hasFilters = KEYS.some((key) => key !== "before" && filters[key] !== undefined);
  return { filters, setFilter, setBefore, clear, hasFilters };
}
