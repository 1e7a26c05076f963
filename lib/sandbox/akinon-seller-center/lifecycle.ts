// The status rules shared by the generator and the reject action.
import type { CancelStatus } from "../shared/akinon";
import { type PLAN_STATUSES, STATUS } from "./constants";

type PlanStatus = (typeof PLAN_STATUSES)[number];

/** cancel_status shown on items and orders for a cancellation plan in a given status [assumed mapping]. */
const CANCEL_STATUS_OF_PLAN: Readonly<Record<PlanStatus, CancelStatus | null>> = {
  completed: "completed",
  waiting: "waiting",
  waiting_supplier: "waiting",
  approved: "approved",
  confirmation_waiting: "confirmation_waiting",
  confirmed: "confirmed",
  cancelled: null,
  failed: "manuel_refund_need",
  rejected: "rejected",
  waiting_for_payment: "waiting_for_payment",
  manuel_refund_need: "manuel_refund_need",
};

export function cancelStatusOfPlan(planStatus: string): CancelStatus | null {
  return CANCEL_STATUS_OF_PLAN[planStatus as PlanStatus] ?? null;
}

/**
 * An order's status follows its items [assumed rule]: when every item is cancelled or rejected the order is
 * Rejected (all 900) or Cancelled; otherwise a pending cancellation (700) shows first; otherwise the least
 * advanced live item sets it (one item shipped, one delivered → Shipped).
 */
export function orderStatusFromItems(statuses: readonly number[]): number {
  const live = statuses.filter((status) => status !== STATUS.cancelled && status !== STATUS.rejected);
  if (live.length === 0) {
    return statuses.length > 0 && statuses.every((status) => status === STATUS.rejected)
      ? STATUS.rejected
      : STATUS.cancelled;
  }
  if (live.includes(STATUS.cancellationWaiting)) return STATUS.cancellationWaiting;
  return Math.min(...live);
}

/** Section 6: a seller may reject an item before it is Packaged, unless it is already cancelled or rejected.
 *  Returns the refusal message, or null when the reject is allowed. */
export function rejectRefusal(status: number): string | null {
  if (status === STATUS.rejected) return "Order item is already rejected.";
  if (status === STATUS.cancelled) return "Order item is already cancelled.";
  if (status === STATUS.cancellationWaiting) return "Order item has a pending cancellation and cannot be rejected.";
  if (status >= STATUS.packaged) return "Packaged order items cannot be rejected.";
  return null;
}
