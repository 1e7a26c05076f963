// How a stored bulk job reads in the browser: counts per state and an estimate of the time left.
import "server-only";
import type { bulkJobItems, bulkJobs } from "../db/schema";
import { ACTION_INTENTS, ACTION_TYPE_LABELS, type ActionInput, INTENT_LABELS } from "../domain/action";
import type { BulkItemState, BulkJobKind, BulkJobSummary, BulkJobView } from "../domain/bulk";

export function bulkLabel(action: ActionInput): string {
  return action.type === "set-status" ? `Set status to ${action.status}` : ACTION_TYPE_LABELS[action.type];
}

/** The job's one action, or the intent its label names: an intent job stores no action, only its label. */
function kindOf(job: typeof bulkJobs.$inferSelect): BulkJobKind | null {
  const { action } = job;
  if (action)
    return action.type === "set-status" ? { type: action.type, status: action.status } : { type: action.type };
  const intent = ACTION_INTENTS.find((candidate) => INTENT_LABELS[candidate] === job.label);
  return intent ? { intent } : null;
}

export function toJobView(
  job: typeof bulkJobs.$inferSelect,
  items: (typeof bulkJobItems.$inferSelect)[],
  connectionNames: Map<string, string>,
): BulkJobView {
  const counts: Record<BulkItemState, number> = { pending: 0, skipped: 0, running: 0, done: 0, failed: 0 };
  for (const item of items) counts[item.state]++;
  const finished = items.filter(
    (item) => (item.state === "done" || item.state === "failed") && item.durationMs !== null,
  );
  const average =
    finished.length > 0 ? finished.reduce((sum, item) => sum + (item.durationMs ?? 0), 0) / finished.length : null;
  const left = counts.pending + counts.running;
  return {
    id: job.id,
    label: job.label,
    kind: kindOf(job),
    state: job.state,
    createdAt: job.createdAt.toISOString(),
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
    counts,
    etaSeconds: job.state === "running" && average !== null ? Math.ceil((average * left) / 1000) : null,
    items: items.map((item) => ({
      id: item.id,
      connectionId: item.connectionId,
      connectionName: connectionNames.get(item.connectionId) ?? null,
      orderId: item.orderId,
      orderNumber: item.orderNumber,
      state: item.state,
      message: item.message,
      attempts: item.attempts,
    })),
  };
}

export function toJobSummary(job: typeof bulkJobs.$inferSelect): BulkJobSummary {
  return { id: job.id, label: job.label, kind: kindOf(job), state: job.state, createdAt: job.createdAt.toISOString() };
}
