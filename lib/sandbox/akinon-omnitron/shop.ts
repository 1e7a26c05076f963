// The shop's own staff, customers and ERP, acting behind Orderdeck's back (the sandbox control API's
// /_sandbox/orders). Every change is a save of the order: its modified_date moves to now.
import { platformSeed, Random } from "../core/random";
import type { PlatformOptions, ShopControls } from "../core/types";
import { CARRIERS } from "./catalog";
import { composeOrder, drawInvoice, drawTracking } from "./data";
import { touch } from "./modified";
import type { Store } from "./store";
import { CANCELLED, type Order, type OrderItem, REFUNDED } from "./types";
import { bookRefund, syncOrderFromItems, transitionErrors } from "./workflow";

/** A new order waits for the ERP as approved (400), the state the ERP's `status=400&is_send=False` query picks up. */
const NEW_ORDER_STATUS = "400";

/** One step on along section 6's item workflow: approved (or before) → 450 invoiced → 500 shipped → 550 delivered. */
const NEXT_STATUS: Record<string, string> = {
  "200": "450",
  "300": "450",
  "350": "450",
  "400": "450",
  "450": "500",
  "500": "550",
  "510": "550",
  "520": "550",
  "540": "550",
};

/**
 * Past the ERP's steps an order still settles: a delivered one is returned and refunded (550 → 600), a requested
 * cancellation is completed (50 → 100, the cargo refunded with it). Both book the refund as a cancel does.
 */
const SETTLES: Record<string, { status: string; cargo: boolean }> = {
  "550": { status: REFUNDED, cargo: false },
  "50": { status: CANCELLED, cargo: true },
};

export function shopControls(store: Store, options: PlatformOptions): ShopControls {
  // Its own stream, so that placing orders never shifts the seeded data.
  const rng = new Random(platformSeed(options.seed, "akinon-omnitron/shop"));
  const orderOf = (id: string) => (/^\d+$/.test(id) ? store.byId(Number(id)) : undefined);

  /** The invoice or the parcel the step needs (the fields the API's own transition rules ask for). */
  function prepare(order: Order, items: readonly OrderItem[], status: string, now: number): void {
    if (status === "450") {
      const invoice = drawInvoice(rng, now);
      for (const item of items) Object.assign(item, invoice);
    }
    if (status === "500") {
      const carrier = CARRIERS.find((entry) => entry.cargoCompany === order.cargo_company)?.slug ?? "other";
      const parcel = drawTracking(rng);
      for (const item of items) {
        item.tracking_number ??= parcel;
        item.shipping_company ??= carrier;
      }
    }
  }

  /**
   * The items holding the order at its status move one step (a split parcel's items already further on stay),
   * so the order's status, which follows its lowest active item, moves one step too. An order that cannot move
   * any more (cancelled, refunded, in a return review) has its ERP flag turned instead: taken by the ERP, or sent
   * back to its queue by staff (a change the ERP must hear about).
   */
  function moveOn(order: Order, now: number): void {
    const items = order.orderitem_set.filter((item) => item.status === order.status);
    const status = NEXT_STATUS[order.status];
    const settle = SETTLES[order.status];
    if (items.length === 0 || (status === undefined && settle === undefined)) {
      order.is_send = !order.is_send;
      return;
    }
    if (status !== undefined) {
      prepare(order, items, status, now);
      for (const item of items) if (transitionErrors(item, { status }) === null) item.status = status;
    } else if (settle) {
      bookRefund(order, items, settle.cargo, null);
      for (const item of items) {
        item.status = settle.status;
        item.cancel_status = "completed";
      }
    }
    syncOrderFromItems(order);
  }

  return {
    // Newest first, as the list's default ordering.
    orderIds: () => store.orders.map((order) => String(order.id)),
    createOrder() {
      // Placed now; never before the newest order the shop holds (a sandbox whose data runs ahead of the clock).
      const newest = store.orders[0];
      const placed = Math.max(Date.now(), newest ? store.placed.get(newest)! : 0);
      const numbers = new Set(store.orders.map((order) => order.number));
      const order = composeOrder(rng, store.ids, placed, placed, numbers, NEW_ORDER_STATUS, true);
      store.add(order);
      return String(order.id);
    },
    changeOrder(id) {
      const order = orderOf(id);
      if (!order) return false;
      const now = Date.now();
      moveOn(order, now);
      touch(order, now);
      return true;
    },
    deleteOrder(id) {
      const order = orderOf(id);
      return order ? store.remove(order.id) : false;
    },
  };
}
