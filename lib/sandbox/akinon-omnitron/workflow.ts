// Orderdeck's workflow rules for Omnitron (platforms.md section 6) and how an order follows its items.
import { centsToDecimal, toCents } from "../core/money";
import { CANCELLED, type Order, type OrderItem, REFUNDED, STATUS_CODES } from "./types";

/** Which item statuses may move to a target status, and what the move needs. */
const ITEM_TRANSITIONS: Record<string, { from: readonly string[]; needs: readonly (keyof OrderItem)[] }> = {
  "450": { from: ["200", "300", "350", "400"], needs: ["invoice_number"] },
  "500": { from: ["450"], needs: ["tracking_number", "shipping_company"] },
  "550": { from: ["500", "510", "520", "540"], needs: [] },
};

export interface ItemChange {
  status: string;
  invoice_number?: string | null;
  tracking_number?: string | null;
  shipping_company?: string | null;
}

/** Field errors for moving `item` to `change.status`, or null when allowed. */
export function transitionErrors(item: OrderItem, change: ItemChange): Record<string, string[]> | null {
  const rule = ITEM_TRANSITIONS[change.status];
  if (!rule) {
    // Only the section 6 moves are open to the ERP; the rest belong to Omnitron's own flows [assumed].
    return { status: [`Order item status cannot be changed from ${item.status} to ${change.status}.`] };
  }
  if (!rule.from.includes(item.status)) {
    return {
      status: [
        `Order item status cannot be changed from ${item.status} to ${change.status}. Allowed from: ${rule.from.join(", ")}.`,
      ],
    };
  }
  const errors: Record<string, string[]> = {};
  for (const field of rule.needs) {
    const given = field in change ? change[field as keyof ItemChange] : undefined;
    const value = given === undefined ? item[field] : given;
    if (value === null || value === undefined || value === "") {
      errors[field] = [`This field is required to set status ${change.status}.`];
    }
  }
  return Object.keys(errors).length > 0 ? errors : null;
}

const rank = (status: string): number => (STATUS_CODES as readonly string[]).indexOf(status);

/**
 * The order's status follows its items [assumed]: the lowest status among items still active (not cancelled,
 * not refunded); when none is active, "600" if anything was refunded, else "100".
 */
export function deriveOrderStatus(items: readonly OrderItem[]): string {
  const active = items.filter((item) => item.status !== CANCELLED && item.status !== REFUNDED);
  if (active.length === 0) return items.some((item) => item.status === REFUNDED) ? REFUNDED : CANCELLED;
  return active.reduce((low, item) => (rank(item.status) < rank(low) ? item.status : low), active[0]!.status);
}

/** Order-level invoice/tracking fields are filled from the first item that has them (never cleared). */
export function syncOrderFromItems(order: Order): void {
  order.status = deriveOrderStatus(order.orderitem_set);
  for (const field of ["invoice_number", "invoice_date", "e_archive_url", "tracking_number"] as const) {
    if (order[field] !== null) continue;
    const source = order.orderitem_set.find((item) => item[field] !== null);
    if (source) order[field] = source[field];
  }
}

/** Cancel is allowed while the order is before shipping and not already cancelled (section 6). */
export function cancelRefusal(order: Order): string | null {
  if (order.status === CANCELLED) return "Order is already cancelled.";
  if (Number(order.status) >= 500) return `Order can not be cancelled in status ${order.status}.`;
  return null;
}

const cents = (value: string | null): number => toCents(value) ?? 0;

/**
 * Books a cancellation's money on the order [assumed]: each item's paid amount (price − discount) goes to
 * refund_amount, its discount to discount_refund_amount, and shipping when the cargo is refunded.
 * An unpaid order (300 payment_waiting) refunds nothing; forced_refund_amount replaces the computed item refund.
 */
export function bookRefund(order: Order, items: readonly OrderItem[], cargo: boolean, forced: number | null): void {
  if (order.status === "300") return;
  const paid = items.reduce((sum, item) => sum + cents(item.price) - cents(item.discount_amount), 0);
  const discount = items.reduce((sum, item) => sum + cents(item.discount_amount), 0);
  const shipping = cargo && cents(order.shipping_refund_amount) === 0 ? cents(order.shipping_amount) : 0;
  order.refund_amount = centsToDecimal(cents(order.refund_amount) + (forced ?? paid) + shipping);
  order.discount_refund_amount = centsToDecimal(cents(order.discount_refund_amount) + discount);
  order.shipping_refund_amount = centsToDecimal(cents(order.shipping_refund_amount) + shipping);
}
