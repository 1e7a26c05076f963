// MerchantPro's statuses. The order's status is its shipping_status (label shipping_status_text, in the
// shop's language); payment_status travels beside it. Labels here are for codes an order does not carry
// with a text (the status list, projections).
import type { Stage } from "../../domain/order";
import { humanize } from "../wire";

export const SHIPPING_STATUSES = [
  "temporary",
  "awaiting",
  "confirmed",
  "in_process",
  "shipped",
  "delivered",
  "returned",
  "cancelled",
] as const;
export type ShippingStatus = (typeof SHIPPING_STATUSES)[number];

/** The one table shipping_status → stage. */
export const STAGE_BY_SHIPPING_STATUS: Record<ShippingStatus, Stage> = {
  temporary: "pending", // an order whose checkout is not finished yet
  awaiting: "pending",
  confirmed: "processing",
  in_process: "processing",
  shipped: "shipped",
  delivered: "delivered",
  returned: "returned",
  cancelled: "cancelled",
};

/**
 * An unknown (new) shipping status is somewhere in the pipeline: "processing", label kept as sent. One fixed
 * guess (not a guess from the code's words) keeps the single-status stage narrowing in filters.ts exact.
 */
export const FALLBACK_STAGE: Stage = "processing";

const SHIPPING_LABELS: Record<ShippingStatus, string> = {
  temporary: "Temporary",
  awaiting: "Awaiting",
  confirmed: "Confirmed",
  in_process: "In process",
  shipped: "Shipped",
  delivered: "Delivered",
  returned: "Returned",
  cancelled: "Cancelled",
};

const PAYMENT_LABELS: Record<string, string> = {
  temporary: "Temporary",
  awaiting: "Awaiting payment",
  paid: "Paid",
  failed: "Failed",
  cancelled: "Cancelled",
  refunded: "Refunded",
  rejected: "Rejected",
};

export function isShippingStatus(code: string): code is ShippingStatus {
  return (SHIPPING_STATUSES as readonly string[]).includes(code);
}

export function stageOf(code: string): Stage {
  return isShippingStatus(code) ? STAGE_BY_SHIPPING_STATUS[code] : FALLBACK_STAGE;
}

export function shippingLabel(code: string): string {
  return isShippingStatus(code) ? SHIPPING_LABELS[code] : humanize(code);
}

export function paymentLabel(code: string): string {
  return PAYMENT_LABELS[code] ?? humanize(code);
}

/** The status list for the status filter (stage from the same table). */
export const STATUS_LIST = SHIPPING_STATUSES.map((code) => ({
  code,
  label: SHIPPING_LABELS[code],
  stage: STAGE_BY_SHIPPING_STATUS[code],
}));
