// One order, its delivery address, and deleting an order item.
import type { SandboxRequest, SandboxResponse } from "../core/types";
import { ITEM_DELETABLE_STATUSES } from "./constants";
import { detail, json, notFound } from "./errors";
import { requestLanguage } from "./i18n";
import { renderAddress, renderOrder } from "./render";
import type { EcomStore } from "./store";

export function getOrder(store: EcomStore, req: SandboxRequest, id: number): SandboxResponse {
  const order = store.byId.get(id);
  return order ? json(200, renderOrder(order, requestLanguage(req.headers), store.variant)) : notFound();
}

/** An order whose address an upsert removed has none to show: 404 like an unknown order [assumed]. */
export function getOrderAddress(store: EcomStore, req: SandboxRequest, id: number): SandboxResponse {
  const address = store.byId.get(id)?.address;
  return address ? json(200, renderAddress(address, requestLanguage(req.headers))) : notFound();
}

/** platforms.md section 6: an item may go only while the order is new, confirmed or in collection. */
export function deleteOrderItem(store: EcomStore, itemId: number): SandboxResponse {
  const found = store.findItem(itemId);
  if (!found) return notFound();
  const { order, item } = found;
  if (!ITEM_DELETABLE_STATUSES.includes(order.status)) {
    return detail(400, `Cannot delete an item of an order in status "${order.status}".`);
  }
  order.items.splice(order.items.indexOf(item), 1);
  return { status: 204 };
}
