"use client";
import { useQueryClient } from "@tanstack/react-query";
import { Play, RotateCw } from "lucide-react";
import { useEffect, useRef } from "react";
import { toast } from "sonner";
import { Button, buttonClasses } from "@/components/ui/button";
import { DialogClose, DialogFooter } from "@/components/ui/dialog";
import { Skeleton } from "@/components/ui/skeleton";
import { queryKeys } from "@/lib/client/query-keys";
import { useBulkJobsById, useRetryBulkJob, useRunBulkJob } from "@/lib/client/use-bulk-jobs";
import type { BulkJobView as Job } from "@/lib/domain/bulk";
import { BulkJobProgress } from "./bulk-job-progress";
import { combineJobs } from "./combine";

/** One bulk action (one or more stored jobs): the dry run, then Run, live progress, and Retry failed. */
export function BulkJobPanel({ jobIds, onFinished }: { jobIds: string[]; onFinished?: () => void }) {
  const queries = useBulkJobsById(jobIds);
  const run = useRunBulkJob();
  const retry = useRetryBulkJob();
  const queryClient = useQueryClient();
  const jobs = queries.map((q) => q.data).filter((job): job is Job => job !== undefined);
  const loaded = jobs.length === jobIds.length;
  const combined = loaded ? combineJobs(jobs) : null;
  const wasRunning = useRef(false);
  const state = combined?.state;

  useEffect(() => {
    if (state === "running") wasRunning.current = true;
    else if (state === "finished" && wasRunning.current) {
      wasRunning.current = false;
      // The orders changed on their platforms: the lists must re-read them.
      void queryClient.invalidateQueries({ queryKey: queryKeys.orders.all });
      onFinished?.();
    }
  }, [state, queryClient, onFinished]);

  const failedQuery = queries.find((q) => q.isError);
  if (failedQuery?.error) {
    return (
      <div
        className="flex flex-wrap items-center gap-3 text-danger-soft-fg"
        role="alert"
        aria-label="Bulk action error"
      >
        {failedQuery.error.message}
        <Button
          variant="secondary"
          size="sm"
          onClick={() => {
            for (const q of queries) void q.refetch();
          }}
        >
          <RotateCw aria-hidden />
          Retry
        </Button>
      </div>
    );
  }
  if (!combined) {
    return (
      <div className="grid gap-2" aria-busy="true">
        <Skeleton className="h-4 w-48" />
        <Skeleton className="h-24 w-full" />
      </div>
    );
  }

  async function start(ids: string[], mutation: typeof run) {
    try {
      await Promise.all(ids.map((id) => mutation.mutateAsync(id)));
    } catch (error) {
      toast.error("The bulk action could not start", {
        description: error instanceof Error ? error.message : undefined,
      });
    }
  }

  const busy = run.isPending || retry.isPending || combined.state === "running";
  return (
    <>
      <BulkJobProgress job={combined} />
      <DialogFooter>
        <DialogClose className={buttonClasses("secondary")}>Close</DialogClose>
        {combined.retryable.length > 0 && combined.state === "finished" ? (
          <Button loading={retry.isPending} disabled={busy} onClick={() => start(combined.retryable, retry)}>
            {retry.isPending ? null : <RotateCw aria-hidden />}
            Retry failed ({combined.counts.failed})
          </Button>
        ) : null}
        {combined.state === "ready" && combined.runnable.length > 0 ? (
          <Button loading={run.isPending} onClick={() => start(combined.runnable, run)}>
            {run.isPending ? null : <Play aria-hidden />}
            Run on {combined.counts.pending} {combined.counts.pending === 1 ? "order" : "orders"}
          </Button>
        ) : null}
      </DialogFooter>
    </>
  );
}
