// The platform's in-memory state: orders by id (kept in id order) and the id counters for new records.
import type { PlatformOptions } from "../core/types";
import { generateOrders } from "./data";
import type { ItemRecord, OrderRecord } from "./types";
import { readVariant, type Variant } from "./variant";

export interface EcomStore {
  /** Which reading of the docs the wire shows (variant.ts). */
  variant: Variant;
  orders: OrderRecord[];
  byId: Map<number, OrderRecord>;
  nextItemId(): number;
  nextAddressId(): number;
  /** Wall clock for orders created through the API. */
  clock(): number;
  add(order: OrderRecord): void;
  /** Deletes an order with its items and address; false when there is none. */
  remove(id: number): boolean;
  findItem(itemId: number): { order: OrderRecord; item: ItemRecord } | null;
}

export function createStore(options: PlatformOptions): EcomStore {
  const { orders, nextItemId } = generateOrders(options.seed, options.count, options.now);
  const byId = new Map(orders.map((o) => [o.id, o]));
  let itemId = nextItemId;
  let addressId = 300_000;
  return {
    variant: readVariant(options.variant, orders),
    orders,
    byId,
    nextItemId: () => itemId++,
    nextAddressId: () => addressId++,
    clock: () => Date.now(),
    add(order) {
      orders.push(order);
      byId.set(order.id, order);
    },
    remove(id) {
      const order = byId.get(id);
      if (!order) return false;
      orders.splice(orders.indexOf(order), 1);
      byId.delete(id);
      return true;
    },
    findItem(id) {
      for (const order of orders) {
        const item = order.items.find((i) => i.id === id);
        if (item) return { order, item };
      }
      return null;
    },
  };
}
