// Seller Center's order and item statuses (seed 002): integers 100…900 — NOT Omnitron's codes. One table
// code → label and stage; a code added later is placed by its numeric range and keeps its code as its label.
import type { OrderStatus, Stage } from "../../domain/order";
import { humanize } from "../wire";

export const STATUS_TABLE: Readonly<Record<string, { label: string; stage: Stage }>> = {
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

/** Best guess for a code Seller Center added after this table: the stage of the hundred it falls in. */
function stageByRange(code: string): Stage {
  if (!/^\d+$/.test(code)) return "exception";
  const value = Number(code);
  if (value < 200) return "pending";
  if (value < 500) return "processing";
  if (value < 600) return "shipped";
  if (value < 700) return "delivered";
  if (value < 800) return "exception";
  return "cancelled";
}

export function statusOf(code: string): OrderStatus {
  const known = STATUS_TABLE[code];
  return known ? { code, ...known } : { code, label: humanize(code), stage: stageByRange(code) };
}

export function statusList(): { code: string; label: string; stage: Stage }[] {
  return Object.entries(STATUS_TABLE).map(([code, entry]) => ({ code, ...entry }));
}

/** The status codes of the given stages (for filtering by stage on the platform). */
export function codesOfStages(stages: readonly Stage[]): string[] {
  return Object.entries(STATUS_TABLE)
    .filter(([, entry]) => stages.includes(entry.stage))
    .map(([code]) => code);
}

const PACKAGED = 400;
const GONE = new Set(["800", "900"]);

/** Section 6: a seller may reject an item before it is Packaged (status < 400), unless cancelled or rejected. */
export function isRejectable(itemStatus: string): boolean {
  return /^\d+$/.test(itemStatus) && Number(itemStatus) < PACKAGED && !GONE.has(itemStatus);
}
