// ECOM.md's 17 order statuses, our stage table and workflow (platforms.md section 6). The adapter's
// [assumed] choices live in assumed.ts.
import type { Stage } from "../../domain/order";
import { humanize } from "../wire";

export const ECOM_STATUSES = [
  "new",
  "confirmed",
  "canceled",
  "done",
  "in_collection",
  "collected_with_changes",
  "to_be_returned_in_two_days",
  "collected",
  "completed_and_closed",
  "returned_to_warehouse",
  "changed_and_closed",
  "at_courier_sort_center",
  "on_delivery",
  "delivery_date_moved",
  "client_no_answer",
  "recipient_not_at_home",
  "customer_refusal",
] as const;
export type EcomStatus = (typeof ECOM_STATUSES)[number];

/** The one stage table. Failed delivery attempts are "exception" (someone must act); refusals head back. */
export const STAGE_BY_STATUS: Readonly<Record<EcomStatus, Stage>> = {
  new: "pending",
  confirmed: "processing",
  in_collection: "processing",
  collected: "processing",
  collected_with_changes: "processing",
  at_courier_sort_center: "shipped",
  on_delivery: "shipped",
  delivery_date_moved: "shipped",
  client_no_answer: "exception",
  recipient_not_at_home: "exception",
  customer_refusal: "returned",
  to_be_returned_in_two_days: "returned",
  returned_to_warehouse: "returned",
  done: "delivered",
  completed_and_closed: "completed",
  changed_and_closed: "completed",
  canceled: "cancelled",
};

/** platforms.md section 6, ecom-md "set status". */
export const TRANSITIONS: Readonly<Record<EcomStatus, readonly EcomStatus[]>> = {
  new: ["confirmed", "canceled"],
  confirmed: ["in_collection", "canceled"],
  in_collection: ["collected", "collected_with_changes"],
  collected: ["on_delivery", "at_courier_sort_center"],
  collected_with_changes: ["on_delivery", "at_courier_sort_center"],
  at_courier_sort_center: ["on_delivery"],
  on_delivery: ["done", "delivery_date_moved", "client_no_answer", "recipient_not_at_home", "customer_refusal"],
  delivery_date_moved: ["on_delivery", "to_be_returned_in_two_days"],
  client_no_answer: ["on_delivery", "to_be_returned_in_two_days"],
  recipient_not_at_home: ["on_delivery", "to_be_returned_in_two_days"],
  customer_refusal: ["returned_to_warehouse"],
  to_be_returned_in_two_days: ["returned_to_warehouse"],
  done: ["completed_and_closed", "changed_and_closed"],
  canceled: [],
  completed_and_closed: [],
  changed_and_closed: [],
  returned_to_warehouse: [],
};

/** platforms.md section 6, ecom-md "delete item". */
export const ITEM_DELETABLE: ReadonlySet<EcomStatus> = new Set<EcomStatus>(["new", "confirmed", "in_collection"]);

const BY_STRIPPED = new Map<string, EcomStatus>(ECOM_STATUSES.map((s) => [s.replace(/_/g, ""), s]));

/** ECOM.md quirk: the help centre strips underscores ("incollection"); both forms mean the same status. */
export function normalizeStatus(value: string): EcomStatus | null {
  return (
    BY_STRIPPED.get(
      value
        .trim()
        .toLowerCase()
        .replace(/[_\s-]/g, ""),
    ) ?? null
  );
}

export const statusLabel = (code: string): string => humanize(code);

/** Best guess for a status code this adapter does not know yet (it keeps its own label). */
export function guessStage(code: string): Stage {
  const c = code.toLowerCase();
  if (c.includes("cancel")) return "cancelled";
  if (c.includes("return") || c.includes("refus")) return "returned";
  if (c.includes("closed") || c.includes("complete")) return "completed";
  if (c.includes("deliver") || c.includes("courier") || c.includes("ship")) return "shipped";
  if (c === "new" || c.includes("pending") || c.includes("wait")) return "pending";
  return "processing";
}
