// After delivery, for the shop controls: the customer sends the order back (a refund plan, items Cancellation
// Waiting), then the marketplace settles every pending plan (completed: waiting items are Cancelled, the
// order's refund totals grow), as the generator's "refund" and "cancel" orders end up.
import { centsToDecimal, toCents } from "../core/money";
import { STATUS } from "./constants";
import type { Store } from "./store";
import type { CancellationPlanWire, ItemRecord, OrderRecord } from "./types";

/** Plan statuses after which nothing more happens to a plan. */
const SETTLED = new Set(["completed", "cancelled", "failed", "rejected"]);

const cents = (decimal: string | null) => (decimal === null ? 0 : (toCents(decimal) ?? 0));
const add = (decimal: string, more: string) => centsToDecimal(cents(decimal) + cents(more));

/** Delivered items go back: one refund plan for all of them, waiting; answers whether there were any. */
export function requestReturn(store: Store, order: OrderRecord, items: readonly ItemRecord[], now: number): boolean {
  const returned = items.filter((item) => item.wire.status === STATUS.delivered);
  if (returned.length === 0) return false;
  const share = returned.reduce((sum, item) => sum + cents(item.wire.discount_amount), 0);
  const price = returned.reduce((sum, item) => sum + cents(item.wire.price), 0);
  const wire: CancellationPlanWire = {
    id: store.rng.uuid(),
    shipping_refund_amount: "0.00",
    refund_amount: centsToDecimal(price - share),
    discount_refund_amount: centsToDecimal(share),
    status: "waiting",
    plan_type: "refund",
    invoice_number: order.wire.invoice_number,
    payment_plan: {},
    order: order.wire.id,
    order_items: returned.map((item) => item.wire.id),
  };
  store.addPlan({ wire, order, createdAt: now, updatedAt: now });
  for (const item of returned) {
    item.wire.status = STATUS.cancellationWaiting;
    item.wire.cancel_status = "waiting";
    item.updatedAt = now;
  }
  order.wire.cancel_status = "waiting";
  return true;
}

/** Every pending plan of the order completes; answers whether there was one. */
export function closeRefunds(store: Store, order: OrderRecord, now: number): boolean {
  const pending = store.plans.filter((plan) => plan.order === order && !SETTLED.has(plan.wire.status));
  for (const plan of pending) {
    plan.wire.status = "completed";
    plan.updatedAt = now;
    const wire = order.wire;
    wire.refund_amount = add(wire.refund_amount, plan.wire.refund_amount);
    wire.discount_refund_amount = add(wire.discount_refund_amount, plan.wire.discount_refund_amount);
    wire.shipping_refund_amount = add(wire.shipping_refund_amount, plan.wire.shipping_refund_amount);
    for (const id of plan.wire.order_items) {
      const item = store.itemsById.get(id);
      if (!item || item.order !== order) continue;
      if (item.wire.status === STATUS.cancellationWaiting) item.wire.status = STATUS.cancelled;
      item.wire.cancel_status = "completed";
      item.updatedAt = now;
    }
  }
  if (pending.length > 0) order.wire.cancel_status = "completed";
  return pending.length > 0;
}
