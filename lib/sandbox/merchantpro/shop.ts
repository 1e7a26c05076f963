// The shop's own staff and customers, acting behind Orderdeck's back (the sandbox control API's /_sandbox/orders).
// Every change goes through the same handlers the API runs and moves date_modified to now.
import { platformSeed, Random } from "../core/random";
import type { PlatformOptions, ShopControls } from "../core/types";
import { runHandler, type StatusHandler } from "./actions";
import { orderUrls } from "./data";
import { formatRo } from "./dates";
import { placedLifecycle } from "./lifecycle";
import { buildOrder, drawAwb, makeCustomer } from "./order-builder";
import type { Store } from "./store";
import type { OrderRecord, ShippingStatus } from "./types";

/**
 * One step on along the shipping handlers (platforms.md sections 2 and 6), on the happy path. A temporary order
 * (checkout never finished) has only `cancelled`; a delivered one only `returned`.
 */
const NEXT_HANDLER: Partial<Record<ShippingStatus, StatusHandler>> = {
  temporary: "cancelled",
  awaiting: "in_process",
  confirmed: "in_process",
  in_process: "shipped",
  shipped: "delivered",
  delivered: "returned",
};

/** What staff note on an order that cannot move any more (returned or cancelled). */
const CLOSED_ORDER_NOTES = [
  "Factura retrimisa clientului pe e-mail.",
  "Clientul a sunat, informat despre statusul comenzii.",
  "Verificat de contabilitate.",
  "Solicitare client rezolvata.",
];

export function shopControls(store: Store, options: PlatformOptions, clock: () => number): ShopControls {
  // Its own stream, so that placing orders never shifts the seeded data.
  const random = new Random(platformSeed(options.seed, "merchantpro/shop"));
  let notes = 0;

  /** A parcel handed to the courier gets its AWB, as the shop's shipped orders have one. */
  function handOver(order: OrderRecord): void {
    if (!order.shipping_awb) order.shipping_awb = drawAwb(random, order.shipping_carrier_id);
  }

  /** A closed order: the returned parcel's AWB when it went by courier, else a staff note. */
  function touchClosed(order: OrderRecord, now: number): void {
    const awb = order.shipping_status === "returned" ? drawAwb(random, order.shipping_carrier_id) : null;
    if (awb) order.shipping_awb = awb;
    else {
      const text = CLOSED_ORDER_NOTES[notes++ % CLOSED_ORDER_NOTES.length]!;
      order.internal_notes = [...(order.internal_notes ?? []), { id: store.noteId(), text }];
    }
    order.date_modified = formatRo(now);
  }

  return {
    // Newest first, as `sort=date_created.desc` lists them.
    orderIds: () =>
      [...store.entries]
        .sort((a, b) => b.createdMs - a.createdMs || b.order.id - a.order.id)
        .map((entry) => String(entry.order.id)),
    createOrder() {
      const id = store.nextOrderId();
      const customerId = store.entries.reduce((max, entry) => Math.max(max, Number(entry.order.customer_id) || 0), 0);
      const order = buildOrder(random, placedLifecycle(random, clock()), makeCustomer(random, customerId + 1), {
        eur: random.chance(0.07),
      });
      store.insert(Object.assign(order, { id }, orderUrls(id)));
      return String(id);
    },
    changeOrder(id) {
      const order = store.get(id)?.order;
      if (!order) return false;
      const now = clock();
      const handler = order.shipping_status === undefined ? undefined : NEXT_HANDLER[order.shipping_status];
      if (handler === "shipped") handOver(order);
      // runHandler moves date_modified (and date_shipped / date_delivered) itself.
      if (handler) runHandler(store, order, handler, now);
      else touchClosed(order, now);
      return true;
    },
    deleteOrder(id) {
      const entry = store.get(id);
      if (!entry) return false;
      store.remove(entry.order.id);
      return true;
    },
  };
}
