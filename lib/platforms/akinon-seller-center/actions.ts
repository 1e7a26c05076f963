// Seller Center's only write: "Reject item" — `POST /api/i1/order-items/{id}/reject/` → 204 (ORI03). Orders are
// read-only for a seller; everything else is unsupported. The platform stays the authority on the state.
import "server-only";
import type { AvailableAction } from "../../domain/action";
import type { Order } from "../../domain/order";
import { PlatformError } from "../errors";
import { offer } from "../offer";
import type { PlatformAdapter } from "../types";
import { call } from "./client";
import { getOrder } from "./orders";
import { rawBundle, rawItem } from "./schema";
import { isRejectable } from "./statuses";

const REJECT_PATH = (itemId: string) => `/api/i1/order-items/${encodeURIComponent(itemId)}/reject/`;

/** Each line's item status as the platform sent it (from `raw`), else as mapped. */
function itemStatuses(order: Order): Map<string, string> {
  const statuses = new Map(order.lines.map((line) => [line.id, line.status?.code ?? ""]));
  const bundle = rawBundle.safeParse(order.raw);
  for (const payload of bundle.success ? (bundle.data.orderItems ?? []) : []) {
    const item = rawItem.safeParse(payload);
    if (item.success && statuses.has(item.data.id)) statuses.set(item.data.id, item.data.status ?? "");
  }
  return statuses;
}

/** Section 6: per line, while the item's status is below 400 (Packaged) and not 800/900. */
export function availableActions(order: Order): AvailableAction[] {
  const statuses = itemStatuses(order);
  return order.lines
    .filter((line) => isRejectable(statuses.get(line.id) ?? ""))
    .map((line) => offer("reject-item", { lineId: line.id }));
}

export const perform: PlatformAdapter["perform"] = async (conn, orderId, action, ctx) => {
  if (action.type !== "reject-item") {
    throw new PlatformError(
      "unsupported",
      "Akinon Seller Center orders are read-only for a seller: the only change is rejecting an item",
    );
  }
  // The item must belong to this order (the audit names the order); its STATE is the platform's to judge.
  const before = await getOrder(conn, orderId, ctx);
  if (!before.lines.some((line) => line.id === action.lineId)) {
    throw new PlatformError("not_found", `Order ${before.number} has no item ${action.lineId}`);
  }
  await call(conn, ctx, { method: "POST", path: REJECT_PATH(action.lineId) });
  return { orderId: before.id };
};
