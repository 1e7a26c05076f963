"use client";
// The user's stored bulk jobs (loaded on the first "Recent bulk actions" click; see recent-bulk-actions.tsx).
import { ChevronLeft } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { type RefObject, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { Skeleton } from "@/components/ui/skeleton";
import { formatDateTime, formatExact } from "@/lib/client/format";
import { useBulkJobs } from "@/lib/client/use-bulk-jobs";
import { useErrorText } from "@/lib/client/use-error-text";
import { BulkJobPanel } from "./bulk-job-view";
import { useBulkJobLabel } from "./job-label";

interface Props {
  onClose: () => void;
  /** The button that opened it, which gets the focus back. */
  returnFocusTo: RefObject<HTMLButtonElement | null>;
}

/** The user's stored bulk jobs, newest first; any of them opens with every order's outcome. */
export function RecentBulkActionsDialog({ onClose, returnFocusTo }: Props) {
  const t = useTranslations("bulk");
  const locale = useLocale();
  const errorText = useErrorText();
  const labelOf = useBulkJobLabel();
  const [jobId, setJobId] = useState<string | null>(null);
  const jobs = useBulkJobs();
  return (
    <Dialog open onOpenChange={(next) => (next ? undefined : onClose())}>
      <DialogContent
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          returnFocusTo.current?.focus();
        }}
        title={jobId ? t("recent.job") : t("recent.title")}
        description={jobId ? undefined : t("recent.description")}
        className="max-w-xl"
      >
        {jobId ? (
          <>
            <Button variant="ghost" size="sm" className="-mt-3 justify-self-start" onClick={() => setJobId(null)}>
              <ChevronLeft aria-hidden />
              {t("recent.all")}
            </Button>
            <BulkJobPanel jobId={jobId} />
          </>
        ) : jobs.isPending ? (
          <Skeleton className="h-24" />
        ) : jobs.isError ? (
          <p className="text-danger-soft-fg">{errorText(jobs.error)}</p>
        ) : jobs.data.length === 0 ? (
          <p className="text-muted">{t("recent.empty")}</p>
        ) : (
          <ul className="grid divide-y rounded-md border">
            {jobs.data.map((job) => (
              <li key={job.id}>
                <button
                  type="button"
                  onClick={() => setJobId(job.id)}
                  className="flex w-full items-center gap-3 px-3 py-2.5 text-left hover:bg-surface-2 focus-visible:bg-surface-2 focus-visible:outline-none"
                >
                  <span className="flex-1 font-medium">{labelOf(job)}</span>
                  <time
                    dateTime={job.createdAt}
                    title={formatExact(job.createdAt, locale)}
                    className="text-xs text-muted"
                  >
                    {formatDateTime(job.createdAt, locale)}
                  </time>
                  <Badge tone={job.state === "finished" ? "success" : job.state === "running" ? "accent" : "neutral"}>
                    {t(`recent.state.${job.state}`)}
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
