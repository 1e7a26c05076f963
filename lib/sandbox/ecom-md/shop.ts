// The shop's own staff and customers, acting behind Orderdeck's back (the sandbox control API's /_sandbox/orders).
// ECOM.md publishes no "last modified" field, so a change shows only in what it changes (status or total).
import { platformSeed, Random } from "../core/random";
import type { PlatformOptions, ShopControls } from "../core/types";
import { ECOM_ASSUMED, ECOM_STATUS_TRANSITIONS } from "./constants";
import { drawOrderAt } from "./data";
import type { EcomStore } from "./store";
import type { OrderRecord } from "./types";

/** The order's id as the API's URLs carry it (digits only), or null. */
function orderOf(store: EcomStore, id: string): OrderRecord | undefined {
  return /^\d+$/.test(id) ? store.byId.get(Number(id)) : undefined;
}

/**
 * One step on along platforms.md section 6, on the happy path (the first move the table lists: on_delivery → done,
 * done → completed_and_closed). A closed order cannot move: staff correct its delivery charge instead (waived when
 * charged, charged at the standard price when waived), which the list shows in total_price.
 */
function moveOn(order: OrderRecord): void {
  const next = ECOM_STATUS_TRANSITIONS[order.status][0];
  if (next === undefined) {
    order.deliveryCents = order.deliveryCents > 0 ? 0 : (ECOM_ASSUMED.deliveryCents.standart ?? 0);
    return;
  }
  order.status = next;
  // The order's status is carried by its items (as an upsert sets it): all of them follow it.
  for (const item of order.items) item.status = next;
}

export function shopControls(store: EcomStore, options: PlatformOptions): ShopControls {
  // Its own stream, so that placing orders never shifts the seeded data.
  const rng = new Random(platformSeed(options.seed, "ecom-md/shop"));
  return {
    // Newest first, as the list's default ordering (-created_at, then id).
    orderIds: () =>
      [...store.orders].sort((a, b) => b.createdAt - a.createdAt || b.id - a.id).map((order) => String(order.id)),
    createOrder() {
      // Placed now, in whole seconds as the wire writes them; a new order is `new` (platforms.md section 6).
      const createdAt = Math.floor(store.clock() / 1000) * 1000;
      const id = store.orders.reduce((max, order) => Math.max(max, order.id), 0) + 1;
      const drawn = drawOrderAt(rng, createdAt, "new", store.nextAddressId());
      for (const item of drawn.items) item.id = store.nextItemId();
      store.add({ id, ...drawn });
      return String(id);
    },
    changeOrder(id) {
      const order = orderOf(store, id);
      if (!order) return false;
      moveOn(order);
      return true;
    },
    deleteOrder(id) {
      const order = orderOf(store, id);
      return order ? store.remove(order.id) : false;
    },
  };
}
