// The bulk intents people think in, and the action each platform's adapter takes for it. Platforms name
// their statuses differently ("shipped" on MerchantPro, the "sent" flag on Retailys, "on_delivery" on
// ECOM.md), so one intent can become a different ActionInput per platform: the bar sends one job per
// distinct input. A platform with no such move gets the first input, and the server's dry run skips its
// orders with the reason, so the stored job still tells the whole story.
import type { ActionInput } from "@/lib/domain/action";
import type { PlatformId } from "@/lib/domain/platform";

export type BulkIntentId = "ship" | "deliver" | "cancel" | "mark-exported" | "create-invoice" | "add-tracking";

export interface BulkIntent {
  id: BulkIntentId;
  label: string;
  destructive: boolean;
  /** Asks for a tracking number (+ carrier) shared by every order. */
  needsTracking: boolean;
  inputFor: (platform: PlatformId | undefined, tracking: { trackingNumber: string; carrier?: string }) => ActionInput;
}

const status = (code: string): ActionInput => ({ type: "set-status", status: code });

const SHIP: Partial<Record<PlatformId, string>> = {
  merchantpro: "shipped",
  retailys: "sent",
  "ecom-md": "on_delivery",
};
const DELIVER: Partial<Record<PlatformId, string>> = {
  merchantpro: "delivered",
  retailys: "delivered",
  "ecom-md": "done",
  "akinon-omnitron": "550",
};

export const BULK_INTENTS: readonly BulkIntent[] = [
  {
    id: "ship",
    label: "Mark as shipped",
    destructive: false,
    needsTracking: false,
    inputFor: (platform) => status((platform && SHIP[platform]) ?? "shipped"),
  },
  {
    id: "deliver",
    label: "Mark as delivered",
    destructive: false,
    needsTracking: false,
    inputFor: (platform) => status((platform && DELIVER[platform]) ?? "delivered"),
  },
  {
    id: "cancel",
    label: "Cancel orders",
    destructive: true,
    needsTracking: false,
    inputFor: () => ({ type: "cancel" }),
  },
  {
    id: "mark-exported",
    label: "Mark as sent to ERP",
    destructive: false,
    needsTracking: false,
    inputFor: () => ({ type: "mark-exported" }),
  },
  {
    id: "create-invoice",
    label: "Create invoice",
    destructive: false,
    needsTracking: false,
    inputFor: () => ({ type: "create-invoice" }),
  },
  {
    id: "add-tracking",
    label: "Add tracking number",
    destructive: false,
    needsTracking: true,
    inputFor: (_platform, tracking) => ({
      type: "add-tracking",
      trackingNumber: tracking.trackingNumber,
      ...(tracking.carrier ? { carrier: tracking.carrier } : {}),
    }),
  },
];

export interface SelectedOrder {
  connectionId: string;
  orderId: string;
  number: string;
}

/** The selection split into one job input per distinct action (same action ⇒ same job). */
export function planJobs(
  intent: BulkIntent,
  selected: SelectedOrder[],
  platformOf: (connectionId: string) => PlatformId | undefined,
  tracking: { trackingNumber: string; carrier?: string },
): { action: ActionInput; orders: { connectionId: string; orderId: string }[] }[] {
  const groups = new Map<string, { action: ActionInput; orders: { connectionId: string; orderId: string }[] }>();
  for (const order of selected) {
    const action = intent.inputFor(platformOf(order.connectionId), tracking);
    const key = JSON.stringify(action);
    const group = groups.get(key) ?? { action, orders: [] };
    group.orders.push({ connectionId: order.connectionId, orderId: order.orderId });
    groups.set(key, group);
  }
  return [...groups.values()];
}
