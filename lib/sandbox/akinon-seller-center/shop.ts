// The shop's own side, acting behind Orderdeck's back (the sandbox control API's /_sandbox/orders): customers
// place orders, the seller's warehouse and the marketplace move them on, orders are deleted. Seller Center's
// order status is carried by its items: a change moves items, the order's status follows them (lifecycle.ts),
// and every record a change touches gets `updated_at` = now (the filters' internal stamp, types.ts).
import { platformSeed, Random } from "../core/random";
import type { PlatformOptions, ShopControls } from "../core/types";
import { PLATFORM_ID, STATUS } from "./constants";
import { placeOrder } from "./data";
import type { Clock } from "./jwt";
import { orderStatusFromItems } from "./lifecycle";
import { parseUuid } from "./parse";
import { closeRefunds, requestReturn } from "./shop-refunds";
import { stepItems } from "./shop-steps";
import type { Store } from "./store";
import type { OrderRecord } from "./types";
import type { SellerCenterVariant } from "./variant";

/** What the marketplace's staff note on an order that cannot move any more (cancelled or rejected, settled). */
const CLOSED_ORDER_NOTES = [
  "Müşteri hizmetleri: iade tutarı müşteriye bildirildi.",
  "Müşteri hizmetleri: müşteri arandı, bilgi verildi.",
  "Muhasebe: e-arşiv kaydı kontrol edildi.",
];

export function shopControls(
  store: Store,
  options: PlatformOptions,
  clock: Clock,
  variant: Pick<SellerCenterVariant, "itemOnlyStamps">,
): ShopControls {
  // Its own stream, so that placing and changing orders never shifts the seeded data.
  const rng = new Random(platformSeed(options.seed, `${PLATFORM_ID}/shop`));
  let notes = 0;
  const find = (id: string): OrderRecord | undefined => store.ordersById.get(parseUuid(id) ?? "");

  /**
   * The next thing that happens to the order, applied at `now`; false when nothing can move. Read from the items
   * (the seed's example order says 100 while its one item is delivered: the items win).
   */
  function moveOn(order: OrderRecord, now: number): boolean {
    const items = store.itemsByOrder.get(order.wire.id) ?? [];
    const status = items.length > 0 ? orderStatusFromItems(items.map((item) => item.wire.status)) : order.wire.status;
    if (status >= STATUS.approveWaiting && status < STATUS.delivered) return stepItems(order, items, status, rng, now);
    // Delivered: the customer sends it back (a refund plan); a pending plan goes through (cancelled, refunded).
    if (status === STATUS.delivered) return requestReturn(store, order, items, now);
    return closeRefunds(store, order, now);
  }

  return {
    // Newest first, the list's default order.
    orderIds: () => store.orders.map((order) => order.wire.id),
    createOrder() {
      // Placed now, and after every other order even when two arrive in one millisecond: the newest of all.
      const at = Math.max(clock(), (store.orders[0]?.placedAt ?? 0) + 1);
      return placeOrder(store, rng, at);
    },
    changeOrder(id) {
      const order = find(id);
      if (!order) return false;
      const now = clock();
      if (moveOn(order, now)) {
        order.wire.status = orderStatusFromItems(
          (store.itemsByOrder.get(order.wire.id) ?? []).map((i) => i.wire.status),
        );
        if (!variant.itemOnlyStamps) order.updatedAt = now;
      } else {
        // Settled for good: a staff note on the order itself (the list shows it in `notes`).
        const line = CLOSED_ORDER_NOTES[notes++ % CLOSED_ORDER_NOTES.length] as string;
        order.wire.notes = order.wire.notes ? `${order.wire.notes}\n${line}` : line;
        order.updatedAt = now;
      }
      store.sort();
      return true;
    },
    deleteOrder: (id) => {
      const order = find(id);
      return order ? store.removeOrder(order.wire.id) : false;
    },
  };
}
