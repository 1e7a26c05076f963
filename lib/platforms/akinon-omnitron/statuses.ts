// Omnitron's order and order-item status codes (platforms.md section 5 [vendor]): STRING codes like "550".
// One table code → label and stage; an unknown code is placed by its numeric range and keeps its code as label.
import type { OrderStatus, Stage } from "../../domain/order";
import { humanize } from "../wire";

export const STATUS_TABLE: Readonly<Record<string, { label: string; stage: Stage }>> = {
  "50": { label: "Cancellation waiting", stage: "exception" },
  "100": { label: "Cancelled", stage: "cancelled" },
  "200": { label: "Waiting", stage: "pending" },
  "300": { label: "Payment waiting", stage: "pending" },
  "350": { label: "Confirmation waiting", stage: "pending" },
  "400": { label: "Approved", stage: "processing" },
  "450": { label: "Preparing", stage: "processing" },
  "500": { label: "Shipped", stage: "shipped" },
  "510": { label: "Shipped and informed", stage: "shipped" },
  "520": { label: "Ready for pickup", stage: "shipped" },
  "540": { label: "Attempted delivery", stage: "shipped" },
  // [assumed] 544–547 sit between attempted delivery and delivered in Omnitron's numbering: still with the carrier.
  "544": { label: "Review started", stage: "shipped" },
  "545": { label: "Review waiting", stage: "shipped" },
  "546": { label: "Waiting for payment", stage: "shipped" },
  "547": { label: "Paid", stage: "shipped" },
  "550": { label: "Delivered", stage: "delivered" },
  "600": { label: "Refunded", stage: "returned" },
};

/** Best guess for a code Omnitron added after this table: the stage of the range it falls in. */
function stageByRange(code: string): Stage {
  if (!/^\d+$/.test(code)) return "exception";
  const value = Number(code);
  if (value < 100) return "exception";
  if (value < 200) return "cancelled";
  if (value < 400) return "pending";
  if (value < 500) return "processing";
  if (value < 550) return "shipped";
  if (value < 600) return "delivered";
  return "returned";
}

export function statusOf(code: string): OrderStatus {
  const known = STATUS_TABLE[code];
  return known ? { code, ...known } : { code, label: humanize(code), stage: stageByRange(code) };
}

export function statusList(): { code: string; label: string; stage: Stage }[] {
  return Object.entries(STATUS_TABLE).map(([code, entry]) => ({ code, ...entry }));
}

/** Section 6 item moves: which item statuses each target status may be reached from. */
export const ITEM_MOVES = {
  invoiced: { to: "450", from: ["200", "300", "350", "400"] },
  shipped: { to: "500", from: ["450"] },
  delivered: { to: "550", from: ["500", "510", "520", "540"] },
} as const;

export const CANCELLED = "100";
export const REFUNDED = "600";

/** Section 6: an order may be cancelled while its status is below 500 (not shipped) and not already 100. */
export function isCancellable(orderStatus: string): boolean {
  return /^\d+$/.test(orderStatus) && Number(orderStatus) < 500 && orderStatus !== CANCELLED;
}
