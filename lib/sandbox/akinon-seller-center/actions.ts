// ORI03: POST /api/i1/order-items/{id}/reject/ — the seller cannot supply an item. Allowed before
// Packaged (section 6); the item becomes Rejected (900) and the customer's refund is queued as a
// cancellation plan, like the plans the generator gives earlier rejects [assumed].
import { centsToDecimal, toCents } from "../core/money";
import { INVALID_JSON, type SandboxResponse } from "../core/types";
import { STATUS } from "./constants";
import { fieldErrors, jsonParseError, notFound } from "./errors";
import { orderStatusFromItems, rejectRefusal } from "./lifecycle";
import { parseUuid } from "./parse";
import type { Store } from "./store";
import type { CancellationPlanWire } from "./types";

const gone = (status: number) => status === STATUS.cancelled || status === STATUS.rejected;

/** `stampOrder` false: the order's own updated_at stays (the itemOnlyStamps reading, variant.ts). */
export function rejectItem(
  store: Store,
  rawId: string,
  body: unknown,
  now: number,
  stampOrder = true,
): SandboxResponse {
  const item = store.itemsById.get(parseUuid(rawId) ?? "");
  if (!item) return notFound();
  // DRF parses the body only if the view reads it; an unreadable JSON body is still refused.
  if (body === INVALID_JSON) return jsonParseError();
  const refusal = rejectRefusal(item.wire.status);
  if (refusal) return fieldErrors({ non_field_errors: [refusal] });

  const order = item.order;
  const siblings = store.itemsByOrder.get(order.wire.id) ?? [item];
  item.wire.status = STATUS.rejected;
  item.wire.cancel_status = "waiting";
  item.updatedAt = now;
  order.wire.status = orderStatusFromItems(siblings.map((sibling) => sibling.wire.status));
  order.wire.cancel_status = "waiting";
  if (stampOrder) order.updatedAt = now;

  // Shipping is refunded with the reject that leaves nothing to ship, once per order.
  const shippingRefunded = store.plans.some(
    (plan) => plan.order === order && plan.wire.shipping_refund_amount !== "0.00",
  );
  const shipping =
    siblings.every((s) => gone(s.wire.status)) && !shippingRefunded ? (toCents(order.wire.shipping_amount) ?? 0) : 0;
  const price = toCents(item.wire.price) ?? 0;
  const share = toCents(item.wire.discount_amount) ?? 0;
  const wire: CancellationPlanWire = {
    id: store.rng.uuid(),
    shipping_refund_amount: centsToDecimal(shipping),
    refund_amount: centsToDecimal(price - share + shipping),
    discount_refund_amount: centsToDecimal(share),
    status: "waiting",
    plan_type: "cancel",
    invoice_number: order.wire.invoice_number,
    payment_plan: {},
    order: order.wire.id,
    order_items: [item.wire.id],
  };
  store.addPlan({ wire, order, createdAt: now, updatedAt: now });
  store.sort();
  return { status: 204 };
}
