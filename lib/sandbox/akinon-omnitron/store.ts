// The in-memory state: the orders newest first, plus indexes by id, number and item id.
import type { PlatformOptions } from "../core/types";
import { generateOrders, type IdCounter } from "./data";
import { placedMs } from "./fields";
import { seedOrders } from "./seed-examples";
import type { Order, OrderItem } from "./types";
import { readVariant, type Variant } from "./variant";

export interface Store {
  /** Newest first (date_placed, then id) [assumed default ordering: Omnitron's list takes no sort parameter here]. */
  orders: readonly Order[];
  placed: ReadonlyMap<Order, number>;
  byId(id: number): Order | undefined;
  item(id: number): { order: Order; item: OrderItem } | undefined;
  variant: Variant;
  /** The next free order and item ids (a database sequence: a deleted order's ids are never reused). */
  ids: IdCounter;
  /** Takes a new order in at its place in the newest-first list. */
  add(order: Order): void;
  /** Drops an order and its items from every index; false when there is none. */
  remove(id: number): boolean;
}

export function createStore(options: PlatformOptions): Store {
  const seeds = seedOrders();
  const ids = {
    order: Math.max(...seeds.map((order) => order.id)) + 1,
    item: Math.max(...seeds.flatMap((order) => order.orderitem_set.map((item) => item.id))) + 1,
  };
  const all = [...seeds, ...generateOrders(options, ids)];
  const placed = new Map(all.map((order) => [order, placedMs(order.date_placed)] as const));
  const orders = all.sort((a, b) => placed.get(b)! - placed.get(a)! || b.id - a.id);
  const orderById = new Map(orders.map((order) => [order.id, order] as const));
  const itemById = new Map<number, { order: Order; item: OrderItem }>();
  const index = (order: Order) => {
    for (const item of order.orderitem_set) itemById.set(item.id, { order, item });
  };
  for (const order of orders) index(order);
  return {
    orders,
    placed,
    byId: (id) => orderById.get(id),
    item: (id) => itemById.get(id),
    variant: readVariant(options.variant),
    ids,
    add(order) {
      const ms = placedMs(order.date_placed);
      const at = orders.findIndex(
        (other) => placed.get(other)! < ms || (placed.get(other) === ms && other.id < order.id),
      );
      orders.splice(at === -1 ? orders.length : at, 0, order);
      placed.set(order, ms);
      orderById.set(order.id, order);
      index(order);
    },
    remove(id) {
      const order = orderById.get(id);
      if (!order) return false;
      orders.splice(orders.indexOf(order), 1);
      placed.delete(order);
      orderById.delete(id);
      for (const item of order.orderitem_set) itemById.delete(item.id);
      return true;
    },
  };
}
