// The action vocabulary: one `type` each, shared by the API, the buttons and the audit log.
// Each adapter maps these onto its platform's calls and decides which apply (availableActions).
import { z } from "zod";
import { ISSUE } from "./issues";
import type { Order, Stage } from "./order";

export const ACTION_TYPES = [
  "set-status",
  "cancel",
  "create-invoice",
  "add-tracking",
  "reject-item",
  "delete-item",
  "add-item",
  "edit-item",
  "add-note",
  "mark-paid",
  "mark-exported",
] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

/** Each action type in a few words, for the audit trail and bulk jobs (a button may say more). */
export const ACTION_TYPE_LABELS: Record<ActionType, string> = {
  "set-status": "Change status",
  cancel: "Cancel order",
  "create-invoice": "Create invoice",
  "add-tracking": "Add tracking number",
  "reject-item": "Reject item",
  "delete-item": "Delete item",
  "add-item": "Add item",
  "edit-item": "Edit item",
  "add-note": "Add note",
  "mark-paid": "Mark as paid",
  "mark-exported": "Mark as sent to ERP",
};

const decimal = z
  .string()
  .trim()
  .regex(/^\d{1,12}(\.\d{1,4})?$/, { error: ISSUE.amountInvalid });
const text = (max: number, error: string) => z.string().trim().min(1, { error }).max(max);

/**
 * What a bulk action can ask of orders on different platforms, each of which takes its own step to get there
 * (MerchantPro's "shipped" handler, Retailys's "sent" flag, an ECOM.md status in delivery...). Adapters tag
 * the actions that fulfil one; the bulk dry run picks, per order, the action its platform offers for it.
 */
export const ACTION_INTENTS = ["ship", "deliver"] as const;
export type ActionIntent = (typeof ACTION_INTENTS)[number];
export const INTENT_LABELS: Record<ActionIntent, string> = { ship: "Mark as shipped", deliver: "Mark as delivered" };

/** The intent a move to a status of this stage fulfils, if any. */
export function intentOfStage(stage: Stage): ActionIntent | undefined {
  return stage === "shipped" ? "ship" : stage === "delivered" ? "deliver" : undefined;
}

/** What a caller sends to perform an action (validated on the client and again on the server). */
export const actionInput = z.discriminatedUnion("type", [
  z.object({ type: z.literal("set-status"), status: text(64, ISSUE.statusRequired) }),
  z.object({
    type: z.literal("cancel"),
    reason: z.string().trim().max(500).optional(),
    /** One of the platform's own cancellation reasons (AvailableAction.choices.reason), where it has a list. */
    reasonCode: z.string().trim().max(64).optional(),
  }),
  z.object({
    type: z.literal("create-invoice"),
    invoiceNumber: z.string().trim().max(64).optional(),
    invoiceUrl: z.url({ error: ISSUE.urlInvalid }).optional(),
  }),
  z.object({
    type: z.literal("add-tracking"),
    trackingNumber: text(64, ISSUE.trackingNumberRequired),
    carrier: z.string().trim().max(64).optional(),
  }),
  z.object({ type: z.literal("reject-item"), lineId: text(64, ISSUE.lineRequired) }),
  z.object({ type: z.literal("delete-item"), lineId: text(64, ISSUE.lineRequired) }),
  z.object({
    type: z.literal("add-item"),
    sku: text(64, ISSUE.skuRequired),
    quantity: z.number().int().min(1).max(100_000),
    unitPrice: decimal.optional(),
  }),
  z.object({
    type: z.literal("edit-item"),
    lineId: text(64, ISSUE.lineRequired),
    quantity: z.number().int().min(1).max(100_000),
    unitPrice: decimal.optional(),
    note: z.string().trim().max(500).optional(),
  }),
  z.object({ type: z.literal("add-note"), text: text(2000, ISSUE.noteRequired) }),
  z.object({ type: z.literal("mark-paid"), amount: decimal, reference: z.string().trim().max(120).optional() }),
  z.object({ type: z.literal("mark-exported") }),
]);
export type ActionInput = z.infer<typeof actionInput>;

/** A value the platform offers for an action's field, by the platform's own code (a carrier, a reason). */
export interface Choice {
  code: string;
  label: string;
}

/** Per connection, the fields whose value must come from the platform's (or the admin's) own list. */
export interface ActionChoices {
  /** add-tracking: the carriers this connection knows (e.g. Retailys shipper ids). */
  carrier?: Choice[];
  /** cancel: the platform's cancellation reasons. */
  reason?: Choice[];
}

/** One button the order's current state allows. */
export interface AvailableAction {
  /** Unique within the order, e.g. "set-status:shipped" or "reject-item:33a1". */
  key: string;
  type: ActionType;
  /** The button's words, e.g. "Mark as shipped", "Reject item". */
  label: string;
  /** For a fixed status move: the status it sets. */
  status?: { code: string; label: string };
  /** For "Change status": the statuses to choose from. */
  statusOptions?: { code: string; label: string; intent?: ActionIntent }[];
  /** What this action achieves in bulk terms (see ACTION_INTENTS). */
  intent?: ActionIntent;
  /** For per-line actions. */
  lineId?: string;
  /** Fields the form must ask for (beyond what the action itself implies). */
  requires?: ("invoiceNumber" | "trackingNumber" | "carrier" | "amount" | "text" | "sku" | "quantity" | "unitPrice")[];
  /** Values to choose from for some of the form's fields (see ActionChoices). */
  choices?: ActionChoices;
  /** Cancel, reject and delete ask for confirmation naming what will happen. */
  destructive: boolean;
}

/**
 * The answer to POST /api/orders/:connectionId/:orderId/actions. `order` is null when the platform accepted
 * the change but the order could not be re-read afterwards; `notice` then says so (the write is never repeated).
 */
export interface ActionResult {
  order: Order | null;
  actions: AvailableAction[];
  notice?: string;
  /** With `order`: its version, as OrderDetail.version (absent without an order, and in answers kept by older releases). */
  version?: string;
}
