// Seller Center's order and item statuses (seed 002): integers 100…900 — NOT Omnitron's codes. One table
// code → label and stage; a code added later is placed by its numeric range and keeps its code as its label.
import { numberedStatuses, type StatusTable } from "../numbered-statuses";

// Seller Center's own codes and words; Omnitron's table has the same shape and other codes.
export const STATUS_TABLE: StatusTable = {
  "100": { label: "Approve Waiting", stage: "pending" },
  "200": { label: "Approved", stage: "processing" },
  "300": { label: "Package Waiting", stage: "processing" },
  "400": { label: "Packaged", stage: "processing" },
  "500": { label: "Shipped", stage: "shipped" },
  "600": { label: "Delivered", stage: "delivered" },
  // The customer asked to cancel and someone must decide: needs attention, not yet cancelled.
  "700": { label: "Cancellation Waiting", stage: "exception" },
  "800": { label: "Cancelled", stage: "cancelled" },
  "900": { label: "Rejected", stage: "cancelled" },
};

/** Read through the table; a code Seller Center added later takes the stage of the hundred it falls in. */
export const { statusOf, statusList, codesOfStages } = numberedStatuses(STATUS_TABLE, {
  below: [
    [200, "pending"],
    [500, "processing"],
    [600, "shipped"],
    [700, "delivered"],
    [800, "exception"],
  ],
  above: "cancelled",
});

const PACKAGED = 400;
const GONE = new Set(["800", "900"]);

/** Section 6: a seller may reject an item before it is Packaged (status < 400), unless cancelled or rejected. */
export function isRejectable(itemStatus: string): boolean {
  return /^\d+$/.test(itemStatus) && Number(itemStatus) < PACKAGED && !GONE.has(itemStatus);
}
