// What an ECOM.md order's status allows (platforms.md section 6), and performing it: a status change is
// an upsert of the order (the platform has no status endpoint), an item goes by DELETE.
import "server-only";
import { type AvailableAction, intentOfStage } from "../../domain/action";
import type { Order } from "../../domain/order";
import { PlatformError } from "../errors";
import { changeStatus, offer } from "../offer";
import type { AdapterContext, Connection, PlatformAdapter } from "../types";
import { ECOM_ASSUMED } from "./assumed";
import { call } from "./client";
import { ITEM_DELETABLE, normalizeStatus, STAGE_BY_STATUS, statusLabel, TRANSITIONS } from "./constants";
import { orderItems } from "./items";
import { getRawOrder, LIST_PATH } from "./orders";
import { currentAddress, currentPromoCodeId } from "./order-extras";
import { statusUpsert } from "./upsert";

const CANCELED = "canceled";

/** Line ids the mapper had to invent (the item came without one) cannot be deleted. */
const isRealLineId = (id: string) => !/^line-\d+$/.test(id);

export function availableActions(order: Order): AvailableAction[] {
  const status = normalizeStatus(order.status.code);
  if (!status) return [];
  const next = TRANSITIONS[status];
  // Cancelling has its own confirmed button; "Change status" offers the other moves.
  const options = next
    .filter((s) => s !== CANCELED)
    .map((code) => ({ code, label: statusLabel(code), intent: intentOfStage(STAGE_BY_STATUS[code]) }));
  const actions = changeStatus(options);
  if (next.includes(CANCELED))
    actions.push(offer("cancel", { status: { code: CANCELED, label: statusLabel(CANCELED) } }));
  if (ITEM_DELETABLE.has(status)) {
    for (const line of order.lines.filter((l) => isRealLineId(l.id)))
      actions.push(offer("delete-item", { lineId: line.id }));
  }
  return actions;
}

/** The code as sent: a known status in its snake_case (JSON) form, else as given. */
function wireStatus(status: string): string {
  const known = normalizeStatus(status);
  if (!known) return status.trim();
  return ECOM_ASSUMED.sendSnakeCaseStatus ? known : known.replace(/_/g, "");
}

async function setStatus(conn: Connection, orderId: string, status: string, ctx: AdapterContext): Promise<void> {
  // Read-modify-write: the upsert may replace the order, so it carries what the order has now.
  const raw = await getRawOrder(conn, orderId, ctx);
  const [address, promoCodeId] = await Promise.all([
    currentAddress(conn, raw, ctx),
    currentPromoCodeId(conn, raw, ctx),
  ]);
  const body = statusUpsert(raw, wireStatus(status), { address, promoCodeId });
  await call(conn, ctx, "api", { method: "POST", path: LIST_PATH, body });
}

/** Performs the action (the platform is the authority on the state). */
export const perform: PlatformAdapter["perform"] = async (conn, orderId, action, ctx) => {
  switch (action.type) {
    case "set-status":
      await setStatus(conn, orderId, action.status, ctx);
      break;
    case "cancel":
      // ECOM.md has no cancellation reason field: the reason stays in Orderdeck's audit log.
      await setStatus(conn, orderId, CANCELED, ctx);
      break;
    case "delete-item": {
      // The item route does not name the order: make sure the item is this order's before deleting it.
      const items = orderItems(await getRawOrder(conn, orderId, ctx));
      if (!items.some((item) => item.id === action.lineId)) {
        throw new PlatformError("not_found", `ECOM.md order ${orderId} has no item ${action.lineId}`);
      }
      await call(conn, ctx, "api", { method: "DELETE", path: ECOM_ASSUMED.paths.orderItem(action.lineId) });
      break;
    }
    default:
      throw new PlatformError("unsupported", `ECOM.md has no "${action.type}" operation`);
  }
  return {};
};
