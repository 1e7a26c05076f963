"use client";
import { RotateCw } from "lucide-react";
import { describeDetails } from "@/components/audit/describe";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { formatDateTime, formatExact } from "@/lib/client/format";
import { useOrderHistory } from "@/lib/client/use-order";
import { ACTION_TYPE_LABELS, type ActionType } from "@/lib/domain/action";
import { AUDIT_ACTIONS } from "@/lib/domain/audit";
import { DetailSection } from "./detail-section";

const OUTCOME_TONE = { success: "success", failure: "danger", denied: "warning" } as const;

interface ActionDetails {
  action?: string;
  parameters?: Record<string, unknown>;
  statusBefore?: { label?: string } | null;
  statusAfter?: { label?: string } | null;
  upstream?: { status?: number | null; message?: string };
}

/** "order.action" events carry the action, its parameters, the status before/after and the platform's answer. */
function summarize(action: string, details: Record<string, unknown>): { title: string; lines: string[] } {
  if (action !== "order.action") {
    return { title: AUDIT_ACTIONS[action as keyof typeof AUDIT_ACTIONS] ?? action, lines: describeDetails(details) };
  }
  const d = details as ActionDetails;
  const lines: string[] = [];
  const params = describeDetails(d.parameters ?? {});
  if (params.length > 0) lines.push(params.join(" · "));
  const before = d.statusBefore?.label;
  const after = d.statusAfter?.label;
  if (before && after && before !== after) lines.push(`Status: ${before} → ${after}`);
  if (d.upstream?.message && d.upstream.message !== "ok") lines.push(`Platform: ${d.upstream.message}`);
  return { title: ACTION_TYPE_LABELS[d.action as ActionType] ?? d.action ?? action, lines };
}

/** What people did to this order through Orderdeck (the audit trail), newest first. */
export function HistorySection({ connectionId, orderId }: { connectionId: string; orderId: string }) {
  const history = useOrderHistory(connectionId, orderId);
  return (
    <DetailSection title="Activity in Orderdeck" className="od-print-hide">
      {history.isPending ? (
        <div className="grid gap-3" aria-busy>
          <Skeleton className="h-4 w-2/3" />
          <Skeleton className="h-4 w-1/2" />
        </div>
      ) : history.isError ? (
        <div className="flex flex-wrap items-center gap-3 text-danger-soft-fg">
          <span>Could not load the activity: {history.error.message}</span>
          <Button variant="secondary" size="sm" onClick={() => history.refetch()}>
            <RotateCw aria-hidden />
            Retry
          </Button>
        </div>
      ) : history.data.length === 0 ? (
        <p className="text-muted">No one has acted on this order through Orderdeck yet.</p>
      ) : (
        <ol className="grid gap-3">
          {history.data.map((event) => {
            const text = summarize(event.action, event.details);
            return (
              <li key={event.id} className="grid gap-0.5 border-l-2 pl-3">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-medium">{text.title}</span>
                  <Badge tone={OUTCOME_TONE[event.outcome]}>{event.outcome}</Badge>
                </div>
                <p className="text-xs text-muted">
                  {event.actorEmail ?? "Someone"} ·{" "}
                  <time dateTime={event.at} title={formatExact(event.at)}>
                    {formatDateTime(event.at)}
                  </time>
                </p>
                {text.lines.map((line) => (
                  <p key={line} className="line-clamp-3 text-xs break-words text-muted">
                    {line}
                  </p>
                ))}
              </li>
            );
          })}
        </ol>
      )}
    </DetailSection>
  );
}
