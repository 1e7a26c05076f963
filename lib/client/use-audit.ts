"use client";
// The audit log (admin), one keyset page at a time; the previous page stays on screen while the next loads.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, searchString } from "./api";
import { type AuditFilters, queryKeys } from "./query-keys";

export const AUDIT_PAGE_SIZE = 50;

export function useAuditEvents(filters: AuditFilters) {
  return useQuery({
    queryKey: queryKeys.audit.list(filters),
    queryFn: ({ signal }) =>
      api("GET /api/audit", { search: searchString({ ...filters, limit: AUDIT_PAGE_SIZE }), signal }),
    placeholderData: keepPreviousData,
  });
}
