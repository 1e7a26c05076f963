"use client";
// Bulk actions: a stored dry run, then a run in the background that the browser polls. Jobs live on the
// server, so closing the tab loses nothing: the recent list reopens any of them.
import { useQuery } from "@tanstack/react-query";
import type { BulkJobInput, BulkJobView } from "@/lib/domain/bulk";
import { api } from "./api";
import { useChange } from "./cache-writes";
import { queryKeys } from "./query-keys";

/** How often a running job is re-read: quick enough to feel live, slow enough for 2 cores. */
export const BULK_POLL_MS = 700;

export function useBulkJobs(enabled = true) {
  return useQuery({
    queryKey: queryKeys.bulkJobs.list(),
    queryFn: ({ signal }) => api("GET /api/bulk-jobs", { signal }).then((r) => r.jobs),
    enabled,
  });
}

export function useBulkJob(id: string | null) {
  return useQuery({
    queryKey: queryKeys.bulkJobs.detail(id ?? ""),
    queryFn: ({ signal }) => api("GET /api/bulk-jobs/:id", { params: { id: id ?? "" }, signal }).then((r) => r.job),
    enabled: id !== null,
    // Poll only while the server is still working through the orders.
    refetchInterval: (query) => (query.state.data?.state === "running" ? BULK_POLL_MS : false),
    refetchIntervalInBackground: true,
  });
}

/** Every job mutation answers the job as it is now: it replaces the cached one, and the recent list is re-read. */
function useJobChange<V>(request: (variables: V) => Promise<{ job: BulkJobView }>) {
  return useChange((variables: V) => request(variables).then((r) => r.job), {
    write: (client, job) => client.setQueryData(queryKeys.bulkJobs.detail(job.id), job),
    invalidate: [queryKeys.bulkJobs.list()],
  });
}

/** The dry run: which orders the action applies to, and which it skips and why. */
export function useCreateBulkJob() {
  return useJobChange((body: BulkJobInput) => api("POST /api/bulk-jobs", { body }));
}

export function useRunBulkJob() {
  return useJobChange((id: string) => api("POST /api/bulk-jobs/:id/run", { params: { id } }));
}

/** Runs the job's failed orders again. */
export function useRetryBulkJob() {
  return useJobChange((id: string) => api("POST /api/bulk-jobs/:id/retry", { params: { id } }));
}
