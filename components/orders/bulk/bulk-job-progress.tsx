"use client";
import { CircleAlert, CircleCheck, CircleDashed, CircleMinus, Loader2 } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { BulkItemState, BulkJobView } from "@/lib/domain/bulk";

/** Each state's look; its words are `bulk.item.<state>`. */
const LOOK: Record<BulkItemState, { tone: BadgeTone; icon: typeof CircleCheck }> = {
  pending: { tone: "accent", icon: CircleDashed },
  running: { tone: "accent", icon: Loader2 },
  done: { tone: "success", icon: CircleCheck },
  failed: { tone: "danger", icon: CircleAlert },
  skipped: { tone: "neutral", icon: CircleMinus },
};

type T = ReturnType<typeof useTranslations<"bulk">>;

function formatEta(t: T, seconds: number | null): string {
  if (seconds === null) return t("eta.estimating");
  if (seconds < 60) return t("eta.seconds", { seconds: Math.max(1, seconds) });
  return t("eta.minutes", { minutes: Math.ceil(seconds / 60) });
}

const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;

/** Counts, a progress bar with the time left, and each order's outcome (failures and skips first). The orders'
 *  messages are the platforms' answers, or the server's reason for a skip, as they were stored. */
export function BulkJobProgress({ job }: { job: BulkJobView }) {
  const t = useTranslations("bulk");
  const removed = useTranslations("orders")("removedConnection");
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
            <span>{t.rich("summary.applies", { count: counts.pending, strong })}</span>
            <span>{t.rich("summary.skips", { count: counts.skipped, strong })}</span>
          </>
        ) : (
          <>
            <span>{t.rich("summary.done", { count: counts.done, strong })}</span>
            <span>{t.rich("summary.failed", { count: counts.failed, strong })}</span>
            {counts.skipped > 0 ? <span>{t("summary.skipped", { count: counts.skipped })}</span> : null}
            {job.state === "running" ? <span className="text-muted">{formatEta(t, job.etaSeconds)}</span> : null}
          </>
        )}
      </p>
      {job.state !== "ready" ? (
        <div
          role="progressbar"
          aria-label={t("progress")}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          className="h-2 overflow-hidden rounded-full bg-surface-2"
        >
          <div className="h-full rounded-full bg-accent transition-[width]" style={{ width: `${percent}%` }} />
        </div>
      ) : null}
      <ul aria-label={t("orders")} className="grid max-h-80 divide-y overflow-y-auto rounded-md border">
        {items.map((item) => {
          const look = LOOK[item.state];
          const Icon = look.icon;
          return (
            <li
              key={item.id}
              aria-label={t("order", { number: item.orderNumber ?? item.orderId })}
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
                  <span className="text-xs text-muted">{item.connectionName ?? removed}</span>
                </div>
                {item.message ? (
                  <p className="mt-0.5 text-[13px] [overflow-wrap:anywhere] text-muted">{item.message}</p>
                ) : null}
              </div>
              <Badge tone={look.tone}>{t(`item.${item.state}`)}</Badge>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
