// The refusal cases: each opens an order's page, then changes the order through the platform's own API
// (behind Orderdeck's back), then clicks — the platform refuses, in these words.
import type { SandboxPlatformId } from "../../lib/sandbox/platforms";
import { type Detail, hasAction } from "./find";
import { platformCall, sandboxOrder } from "./sandbox-orders";

export interface Refusal {
  platform: SandboxPlatformId;
  label: string;
  kind: "click" | "form" | "confirm";
  line?: boolean;
  /** Beyond offering the action: what the order's state must allow for the change behind our back. */
  want?: (detail: Detail) => boolean;
  behindOurBack: (id: string, lineId: string) => Promise<{ status: number; body: unknown }>;
  says: RegExp;
}
export const REFUSALS: Refusal[] = [
  {
    platform: "ecom-md",
    label: "Change status",
    kind: "form",
    want: hasAction("Cancel order"),
    // ECOM.md has no cancel endpoint: an upsert of every item's status is how the shop itself cancels.
    behindOurBack: async (id) => {
      const items = (await sandboxOrder("ecom-md", id)).items.map((item) => ({
        order_id: item.id,
        order_status: "canceled",
      }));
      return platformCall("ecom-md", "POST", "external/external-order/", [
        { order_id: Number(id), order_items: items },
      ]);
    },
    says: /Cannot change status from canceled/,
  },
  {
    platform: "merchantpro",
    label: "Mark as shipped",
    kind: "click",
    behindOurBack: (id) => platformCall("merchantpro", "PATCH", `api/v2/orders/${id}/cancelled`),
    says: /cannot change the shipping status to shipped while it is cancelled/,
  },
  {
    platform: "akinon-seller-center",
    label: "Reject item",
    kind: "confirm",
    line: true,
    behindOurBack: (_id, lineId) =>
      platformCall("akinon-seller-center", "POST", `api/i1/order-items/${lineId}/reject/`),
    says: /Order item is already rejected/,
  },
  {
    platform: "retailys",
    label: "Mark as shipped",
    kind: "click",
    behindOurBack: (id) => platformCall("retailys", "PATCH", `v1/System/Orders/${id}/sent`),
    says: /already been sent/,
  },
  {
    platform: "akinon-omnitron",
    label: "Mark as sent to ERP",
    kind: "click",
    behindOurBack: (id) => platformCall("akinon-omnitron", "PATCH", `api/v1/orders/${id}/`, { is_send: true }),
    says: /already been sent to the ERP/,
  },
];
