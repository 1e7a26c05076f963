"use client";
import { CircleAlert, CircleCheck, CircleDashed, CircleMinus, Loader2 } from "lucide-react";
import Link from "next/link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { BulkItemState, BulkJobView } from "@/lib/domain/bulk";

const LOOK: Record<BulkItemState, { label: string; tone: BadgeTone; icon: typeof CircleCheck }> = {
  pending: { label: "Will apply", tone: "accent", icon: CircleDashed },
  running: { label: "Running", tone: "accent", icon: Loader2 },
  done: { label: "Done", tone: "success", icon: CircleCheck },
  failed: { label: "Failed", tone: "danger", icon: CircleAlert },
  skipped: { label: "Skipped", tone: "neutral", icon: CircleMinus },
};

function formatEta(seconds: number | null): string {
  if (seconds === null) return "Estimating time left…";
  if (seconds < 60) return `About ${Math.max(1, seconds)} s left`;
  return `About ${Math.ceil(seconds / 60)} min left`;
}

/** Counts, a progress bar with the time left, and each order's outcome (failures and skips first). */
export function BulkJobProgress({ job }: { job: BulkJobView }) {
  const { counts } = job;
  const toRun = counts.pending + counts.running + counts.done + counts.failed;
  const finished = counts.done + counts.failed;
  const percent = toRun === 0 ? 100 : Math.round((finished / toRun) * 100);
  const order: BulkItemState[] = ["failed", "running", "pending", "done", "skipped"];
  const items = [...job.items].sort((a, b) => order.indexOf(a.state) - order.indexOf(b.state));
  return (
    <div className="grid gap-4">
      <p aria-live="polite" className="flex flex-wrap gap-x-4 gap-y-1" data-testid="bulk-summary">
        {job.state === "ready" ? (
          <>
            <span>
              Applies to <strong>{counts.pending}</strong>
            </span>
            <span>
              Skips <strong>{counts.skipped}</strong>
            </span>
          </>
        ) : (
          <>
            <span>
              <strong>{counts.done}</strong> done
            </span>
            <span>
              <strong>{counts.failed}</strong> failed
            </span>
            {counts.skipped > 0 ? <span>{counts.skipped} skipped</span> : null}
            {job.state === "running" ? <span className="text-muted">{formatEta(job.etaSeconds)}</span> : null}
          </>
        )}
      </p>
      {job.state !== "ready" ? (
        <div
          role="progressbar"
          aria-label="Bulk action progress"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          className="h-2 overflow-hidden rounded-full bg-surface-2"
        >
          <div className="h-full rounded-full bg-accent transition-[width]" style={{ width: `${percent}%` }} />
        </div>
      ) : null}
      <ul aria-label="Orders" className="grid max-h-80 divide-y overflow-y-auto rounded-md border">
        {items.map((item) => {
          const look = LOOK[item.state];
          const Icon = look.icon;
          return (
            <li
              key={item.id}
              aria-label={`Order ${item.orderNumber ?? item.orderId}`}
              className="flex items-start gap-3 px-3 py-2"
            >
              <Icon
                aria-hidden
                className={`mt-0.5 size-4 shrink-0 ${item.state === "running" ? "animate-spin" : ""} text-muted`}
              />
              <div className="min-w-0 flex-1">
                <div className="flex flex-wrap items-center gap-x-2">
                  <Link
                    href={`/orders/${encodeURIComponent(item.connectionId)}/${encodeURIComponent(item.orderId)}`}
                    className="font-medium tabular-nums hover:underline"
                  >
                    {item.orderNumber ?? item.orderId}
                  </Link>
                  <span className="text-xs text-muted">{item.connectionName}</span>
                </div>
                {item.message ? (
                  <p className="mt-0.5 text-[13px] [overflow-wrap:anywhere] text-muted">{item.message}</p>
                ) : null}
              </div>
              <Badge tone={look.tone}>{look.label}</Badge>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
