"use client";
import { useQueryClient } from "@tanstack/react-query";
import { Play, RotateCw } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { toast } from "sonner";
import { Button, buttonClasses } from "@/components/ui/button";
import { DialogClose, DialogFooter } from "@/components/ui/dialog";
import { Skeleton } from "@/components/ui/skeleton";
import { queryKeys } from "@/lib/client/query-keys";
import { useBulkJob, useRetryBulkJob, useRunBulkJob } from "@/lib/client/use-bulk-jobs";
import { useErrorText } from "@/lib/client/use-error-text";
import { BulkJobProgress } from "./bulk-job-progress";

/** One stored bulk action: the dry run, then Run, live progress, and Retry failed. */
export function BulkJobPanel({ jobId, onFinished }: { jobId: string; onFinished?: () => void }) {
  const t = useTranslations("bulk");
  const common = useTranslations("common");
  const errorText = useErrorText();
  const query = useBulkJob(jobId);
  const run = useRunBulkJob();
  const retry = useRetryBulkJob();
  const queryClient = useQueryClient();
  const job = query.data;
  const wasRunning = useRef(false);
  const state = job?.state;

  useEffect(() => {
    if (state === "running") wasRunning.current = true;
    else if (state === "finished" && wasRunning.current) {
      wasRunning.current = false;
      // The orders changed on their platforms: the lists must re-read them.
      void queryClient.invalidateQueries({ queryKey: queryKeys.orders.all });
      onFinished?.();
    }
  }, [state, queryClient, onFinished]);

  if (query.isError) {
    return (
      <div className="flex flex-wrap items-center gap-3 text-danger-soft-fg" role="alert" aria-label={t("errorLabel")}>
        {errorText(query.error)}
        <Button variant="secondary" size="sm" onClick={() => void query.refetch()}>
          <RotateCw aria-hidden />
          {t("retry")}
        </Button>
      </div>
    );
  }
  if (!job) {
    return (
      <div className="grid gap-2" aria-busy="true">
        <Skeleton className="h-4 w-48" />
        <Skeleton className="h-24 w-full" />
      </div>
    );
  }

  async function start(mutation: typeof run) {
    try {
      await mutation.mutateAsync(jobId);
    } catch (error) {
      toast.error(t("startFailed"), {
        description: error instanceof Error ? errorText(error) : undefined,
      });
    }
  }

  const { counts } = job;
  const busy = run.isPending || retry.isPending || job.state === "running";
  return (
    <>
      <BulkJobProgress job={job} />
      <DialogFooter>
        <DialogClose className={buttonClasses("secondary")}>{common("close")}</DialogClose>
        {job.state === "finished" && counts.failed > 0 ? (
          <Button loading={retry.isPending} disabled={busy} onClick={() => start(retry)}>
            {retry.isPending ? null : <RotateCw aria-hidden />}
            {t("retryFailed", { count: counts.failed })}
          </Button>
        ) : null}
        {job.state === "ready" && counts.pending > 0 ? (
          <Button loading={run.isPending} onClick={() => start(run)}>
            {run.isPending ? null : <Play aria-hidden />}
            {t("run", { count: counts.pending })}
          </Button>
        ) : null}
      </DialogFooter>
    </>
  );
}
