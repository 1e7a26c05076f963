"use client";
// The user's stored bulk jobs (loaded on the first "Recent bulk actions" click; see recent-bulk-actions.tsx).
import { ChevronLeft } from "lucide-react";
import { type RefObject, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { Skeleton } from "@/components/ui/skeleton";
import { formatDateTime, formatExact } from "@/lib/client/format";
import { useBulkJobs } from "@/lib/client/use-bulk-jobs";
import { BulkJobPanel } from "./bulk-job-view";

const STATE_LABEL = { ready: "Not run", running: "Running", finished: "Finished" } as const;

interface Props {
  onClose: () => void;
  /** The button that opened it, which gets the focus back. */
  returnFocusTo: RefObject<HTMLButtonElement | null>;
}

/** The user's stored bulk jobs, newest first; any of them opens with every order's outcome. */
export function RecentBulkActionsDialog({ onClose, returnFocusTo }: Props) {
  const [jobId, setJobId] = useState<string | null>(null);
  const jobs = useBulkJobs();
  return (
    <Dialog open onOpenChange={(next) => (next ? undefined : onClose())}>
      <DialogContent
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          returnFocusTo.current?.focus();
        }}
        title={jobId ? "Bulk action" : "Recent bulk actions"}
        description={jobId ? undefined : "Your last 20, newest first."}
        className="max-w-xl"
      >
        {jobId ? (
          <>
            <Button variant="ghost" size="sm" className="-mt-3 justify-self-start" onClick={() => setJobId(null)}>
              <ChevronLeft aria-hidden />
              All bulk actions
            </Button>
            <BulkJobPanel jobId={jobId} />
          </>
        ) : jobs.isPending ? (
          <Skeleton className="h-24" />
        ) : jobs.isError ? (
          <p className="text-danger-soft-fg">{jobs.error.message}</p>
        ) : jobs.data.length === 0 ? (
          <p className="text-muted">No bulk actions yet. Select orders in the list to start one.</p>
        ) : (
          <ul className="grid divide-y rounded-md border">
            {jobs.data.map((job) => (
              <li key={job.id}>
                <button
                  type="button"
                  onClick={() => setJobId(job.id)}
                  className="flex w-full items-center gap-3 px-3 py-2.5 text-left hover:bg-surface-2 focus-visible:bg-surface-2 focus-visible:outline-none"
                >
                  <span className="flex-1 font-medium">{job.label}</span>
                  <time dateTime={job.createdAt} title={formatExact(job.createdAt)} className="text-xs text-muted">
                    {formatDateTime(job.createdAt)}
                  </time>
                  <Badge tone={job.state === "finished" ? "success" : job.state === "running" ? "accent" : "neutral"}>
                    {STATE_LABEL[job.state]}
                  </Badge>
                </button>
              </li>
            ))}
          </ul>
        )}
      </DialogContent>
    </Dialog>
  );
}
