// The bulk actions the list offers. "Mark as shipped" and "Mark as delivered" are intents: each order's
// platform gets there its own way (a status handler, a flag, a status in its own list), so the server's dry
// run picks the action per order and says why it skips the rest. The others are one action for every order.
// Each one's words are `bulk.intent.<id>` in the catalogues.
import type { ActionInput, ActionIntent } from "@/lib/domain/action";
import type { BulkJobInput } from "@/lib/domain/bulk";

export type BulkIntentId = ActionIntent | "cancel" | "mark-exported" | "create-invoice" | "add-tracking";

export interface BulkIntent {
  id: BulkIntentId;
  destructive: boolean;
  /** Asks for a tracking number (+ carrier) shared by every order. */
  needsTracking: boolean;
  /** What the job asks of the server, given the form's tracking fields. */
  request: (tracking: { trackingNumber: string; carrier?: string }) => Omit<BulkJobInput, "orders">;
}

const action = (input: ActionInput) => () => ({ action: input });

export const BULK_INTENTS: readonly BulkIntent[] = [
  {
    id: "ship",
    destructive: false,
    needsTracking: false,
    request: () => ({ intent: "ship" }),
  },
  {
    id: "deliver",
    destructive: false,
    needsTracking: false,
    request: () => ({ intent: "deliver" }),
  },
  {
    id: "cancel",
    destructive: true,
    needsTracking: false,
    request: action({ type: "cancel" }),
  },
  {
    id: "mark-exported",
    destructive: false,
    needsTracking: false,
    request: action({ type: "mark-exported" }),
  },
  {
    id: "create-invoice",
    destructive: false,
    needsTracking: false,
    request: action({ type: "create-invoice" }),
  },
  {
    id: "add-tracking",
    destructive: false,
    needsTracking: true,
    request: ({ trackingNumber, carrier }) => ({
      action: { type: "add-tracking", trackingNumber, ...(carrier ? { carrier } : {}) },
    }),
  },
];

export interface SelectedOrder {
  connectionId: string;
  orderId: string;
  number: string;
}
