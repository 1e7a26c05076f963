// Several stored jobs (one per platform-specific action) read as one bulk action in the dialog.
import type { BulkItemState, BulkJobItemView, BulkJobView } from "@/lib/domain/bulk";

export interface CombinedJob {
  state: BulkJobView["state"];
  counts: Record<BulkItemState, number>;
  total: number;
  etaSeconds: number | null;
  items: (BulkJobItemView & { jobId: string })[];
  /** Jobs with orders still waiting to run / that failed. */
  runnable: string[];
  retryable: string[];
}

const ZERO: Record<BulkItemState, number> = { pending: 0, skipped: 0, running: 0, done: 0, failed: 0 };

export function combineJobs(jobs: BulkJobView[]): CombinedJob {
  const counts = { ...ZERO };
  for (const job of jobs)
    for (const state of Object.keys(counts) as BulkItemState[]) counts[state] += job.counts[state];
  const runnable = jobs.filter((job) => job.state === "ready" && job.counts.pending > 0).map((job) => job.id);
  // A dry run that skips every order never runs: it reads as "ready" until someone closes it.
  const state: BulkJobView["state"] = jobs.some((job) => job.state === "running")
    ? "running"
    : runnable.length > 0 || jobs.every((job) => job.state === "ready")
      ? "ready"
      : "finished";
  const etas = jobs.map((job) => job.etaSeconds).filter((eta): eta is number => eta !== null);
  return {
    state,
    counts,
    total: jobs.reduce((sum, job) => sum + job.items.length, 0),
    // The jobs run side by side, so the slowest one decides when everything is done.
    etaSeconds: etas.length > 0 ? Math.max(...etas) : null,
    items: jobs.flatMap((job) => job.items.map((item) => ({ ...item, jobId: job.id }))),
    runnable,
    retryable: jobs.filter((job) => job.state === "finished" && job.counts.failed > 0).map((job) => job.id),
  };
}

export function formatEta(seconds: number | null): string {
  if (seconds === null) return "Estimating time left…";
  if (seconds < 60) return `About ${Math.max(1, seconds)} s left`;
  return `About ${Math.ceil(seconds / 60)} min left`;
}
