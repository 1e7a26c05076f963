// The shop's own staff and customers, acting behind Orderdeck's back (the sandbox control API's /_sandbox/orders).
// Retailys has no "last modified" field: every change is written to the order's history, whose newest date is
// the closest thing (it is what an adapter can read as the order's last change).
import type { PlatformOptions, ShopControls } from "../core/types";
import { orderPlacer } from "./data";
import { HISTORY_TEXT } from "./history-text";
import { trackingNumber } from "./lifecycle";
import { findShipper, PICKUP, SHIPPING_METHODS } from "./reference";
import type { Store } from "./store";
import type { Order } from "./types";
import { raiseFlag } from "./workflow";

/** What staff write on an order that is already done or canceled (its flags cannot move any more). */
const CLOSED_ORDER_NOTES = [
  "Faktura znovu odeslána e-mailem.",
  "Zákazník informován telefonicky.",
  "Dotaz zákazníka vyřešen.",
  "Předáno účetní ke kontrole.",
];

/** The next flag along the lifecycle: not sent → sent → delivered → done; a pickup order is never sent. */
function nextFlag(order: Order): "sent" | "delivered" | "done" | null {
  if (order.done || order.canceled) return null;
  if (!order.sent) return order.shipping?.name === PICKUP.name ? "done" : "sent";
  return order.delivered ? "done" : "delivered";
}

export function shopControls(store: Store, options: PlatformOptions): ShopControls {
  const placer = orderPlacer(options);
  let notes = 0;

  /** A parcel handed to the order's carrier gets its number first, as the instance's sent orders have one. */
  function track(order: Order): void {
    const shipperId = SHIPPING_METHODS.find((method) => method.name === order.shipping?.name)?.shipperId ?? null;
    if (shipperId === null || order.trackings.length > 0) return;
    const shipper = findShipper(shipperId);
    const number = trackingNumber(placer.rng, shipperId);
    order.trackings.push({ shipperId, trackingNumber: number, trackingUrl: `${shipper?.trackingUrl ?? ""}${number}` });
    store.record(order, HISTORY_TEXT.tracking(number, shipper?.name ?? String(shipperId)), "tracking");
  }

  return {
    orderIds: () => store.sorted().map((order) => String(order.id)),
    createOrder() {
      // Placed now (whole seconds, as the wire writes them), so it is the newest of all.
      const order = store.insert((id) => placer.place(store.now(), id, () => store.itemId()));
      store.record(order, HISTORY_TEXT.created);
      return String(order.id);
    },
    changeOrder(id) {
      const order = store.find(id);
      if (!order) return false;
      const flag = nextFlag(order);
      if (flag === "sent") track(order);
      if (flag) raiseFlag(store, order, flag);
      else {
        // Done or canceled: a new line in the internal note (listed as ourNote), recorded like any change.
        const line = CLOSED_ORDER_NOTES[notes++ % CLOSED_ORDER_NOTES.length]!;
        order.ourNote = order.ourNote ? `${order.ourNote}\n${line}` : line;
        store.record(order, HISTORY_TEXT.noteChanged);
      }
      return true;
    },
    deleteOrder: (id) => store.remove(id),
  };
}
