"use client";
// Bulk actions: a stored dry run, then a run in the background that the browser polls. Jobs live on the
// server, so closing the tab loses nothing: the recent list reopens any of them.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { BulkJobInput, BulkJobView } from "@/lib/domain/bulk";
import { api } from "./api";
import { queryKeys } from "./query-keys";

export interface BulkJobSummary {
  id: string;
  label: string;
  state: BulkJobView["state"];
  createdAt: string;
}

/** How often a running job is re-read: quick enough to feel live, slow enough for 2 cores. */
export const BULK_POLL_MS = 700;

const jobPath = (id: string) => `/api/bulk-jobs/${encodeURIComponent(id)}`;

export function useBulkJobs(enabled = true) {
  return useQuery({
    queryKey: queryKeys.bulkJobs.list(),
    queryFn: ({ signal }) => api<{ jobs: BulkJobSummary[] }>("/api/bulk-jobs", { signal }).then((r) => r.jobs),
    enabled,
  });
}

export function useBulkJob(id: string | null) {
  return useQuery({
    queryKey: queryKeys.bulkJobs.detail(id ?? ""),
    queryFn: ({ signal }) => api<{ job: BulkJobView }>(jobPath(id ?? ""), { signal }).then((r) => r.job),
    enabled: id !== null,
    // Poll only while the server is still working through the orders.
    refetchInterval: (query) => (query.state.data?.state === "running" ? BULK_POLL_MS : false),
    refetchIntervalInBackground: true,
  });
}

function useJobMutation<V>(request: (variables: V) => Promise<{ job: BulkJobView }>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: V) => request(variables).then((r) => r.job),
    onSuccess: async (job) => {
      queryClient.setQueryData(queryKeys.bulkJobs.detail(job.id), job);
      await queryClient.invalidateQueries({ queryKey: queryKeys.bulkJobs.list() });
    },
  });
}

/** The dry run: which orders the action applies to, and which it skips and why. */
export function useCreateBulkJob() {
  return useJobMutation((input: BulkJobInput) =>
    api<{ job: BulkJobView }>("/api/bulk-jobs", { method: "POST", body: input }),
  );
}

export function useRunBulkJob() {
  return useJobMutation((id: string) => api<{ job: BulkJobView }>(`${jobPath(id)}/run`, { method: "POST" }));
}

/** Runs the job's failed orders again. */
export function useRetryBulkJob() {
  return useJobMutation((id: string) => api<{ job: BulkJobView }>(`${jobPath(id)}/retry`, { method: "POST" }));
}
