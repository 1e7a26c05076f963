// Bulk actions as the browser sees them.
import { z } from "zod";
import { ACTION_INTENTS, type ActionIntent, type ActionType, actionInput } from "./action";
import { ISSUE, issue } from "./issues";

const orders = z
  .array(z.object({ connectionId: z.uuid(), orderId: z.string().min(1).max(200) }))
  .min(1, { error: ISSUE.ordersRequired })
  .max(500, { error: issue("ordersTooMany", { max: 500 }) });

/** One action for every order, or an intent that each order's platform fulfils its own way (see ACTION_INTENTS). */
export const bulkJobInput = z
  .object({
    action: actionInput
      .refine((action) => !["reject-item", "delete-item", "add-item", "edit-item"].includes(action.type), {
        error: ISSUE.perLineNotBulk,
      })
      .optional(),
    intent: z.enum(ACTION_INTENTS).optional(),
    orders,
  })
  .refine((input) => (input.action === undefined) !== (input.intent === undefined), {
    error: ISSUE.actionOrIntent,
    path: ["action"],
  });
export type BulkJobInput = z.infer<typeof bulkJobInput>;

export type BulkItemState = "pending" | "skipped" | "running" | "done" | "failed";

export interface BulkJobItemView {
  id: number;
  connectionId: string;
  /** Null once the connection has been removed (the page names that in the reader's language). */
  connectionName: string | null;
  orderId: string;
  orderNumber: string | null;
  state: BulkItemState;
  message: string | null;
  attempts: number;
}

/** A job in the recent list (GET /api/bulk-jobs): enough to name it and reopen it. */
export type BulkJobSummary = Pick<BulkJobView, "id" | "label" | "kind" | "state" | "createdAt">;

/** What a job does: its one action (with the status code a status change sets), or the intent. */
export type BulkJobKind = { intent: ActionIntent } | { type: ActionType; status?: string };

export interface BulkJobView {
  id: string;
  /** In English (for the API); the browser names the job by `kind` in the user's language. */
  label: string;
  /** Null only for a job whose label names no intent Orderdeck knows (none is made so today). */
  kind: BulkJobKind | null;
  state: "ready" | "running" | "finished";
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  counts: Record<BulkItemState, number>;
  /** Seconds left, estimated from the orders done so far (null before the first finishes). */
  etaSeconds: number | null;
  items: BulkJobItemView[];
}
