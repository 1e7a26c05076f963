// Omnitron's order and order-item status codes (platforms.md section 5 [vendor]): STRING codes like "550".
// One table code → label and stage; an unknown code is placed by its numeric range and keeps its code as label.
import { numberedStatuses, type StatusTable } from "../numbered-statuses";

// Omnitron's own codes and words; Seller Center's table has the same shape and other codes.
export const STATUS_TABLE: StatusTable = {
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

/** Read through the table; a code Omnitron added later takes the stage of the range it falls in. */
export const { statusOf, statusList } = numberedStatuses(STATUS_TABLE, {
  below: [
    [100, "exception"],
    [200, "cancelled"],
    [400, "pending"],
    [500, "processing"],
    [550, "shipped"],
    [600, "delivered"],
  ],
  above: "returned",
});

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
