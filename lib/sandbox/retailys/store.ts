// The in-memory state of one sandbox instance: orders by id, a newest-first view, and the id counters.
import type { PlatformOptions } from "../core/types";
import { AUTO_HISTORY_TYPE } from "./constants";
import { generateOrders } from "./data";
import { orderNotFound } from "./errors";
import { showcaseOrders } from "./showcase";
import { statusName } from "./statuses";
import type { Order } from "./types";
import { readVariant, type Variant } from "./variant";

export class Store {
  private readonly byId = new Map<number, Order>();
  private newestFirst: Order[] | null = null;
  private nextOrderId: number;
  private nextItemId: number;
  private nextHistoryId: number;
  /** Which reading of the docs this instance serves (see variant.ts). */
  readonly variant: Variant;

  constructor(options: PlatformOptions) {
    this.variant = readVariant(options.variant);
    const showcase = showcaseOrders();
    const maxOf = (values: number[]) => values.reduce((max, value) => Math.max(max, value), 0);
    const first = {
      order: maxOf(showcase.map((o) => o.id)) + 1,
      item: maxOf(showcase.flatMap((o) => o.items.map((i) => i.id))) + 1,
      history: maxOf(showcase.flatMap((o) => o.history.map((h) => h.id))) + 1,
    };
    for (const order of [...showcase, ...generateOrders(options, first)]) this.byId.set(order.id, order);
    const all = [...this.byId.values()];
    this.nextOrderId = maxOf(all.map((o) => o.id)) + 1;
    this.nextItemId = maxOf(all.flatMap((o) => o.items.map((i) => i.id))) + 1;
    this.nextHistoryId = maxOf(all.flatMap((o) => o.history.map((h) => h.id))) + 1;
  }

  get size(): number {
    return this.byId.size;
  }

  /** The order with this path id, if there is one. */
  find(idText: string): Order | undefined {
    return /^\d+$/.test(idText) ? this.byId.get(Number(idText)) : undefined;
  }

  /** The order with this path id, or a 404 in Retailys' shape. */
  get(idText: string): Order {
    const order = this.find(idText);
    if (!order) throw orderNotFound(idText);
    return order;
  }

  /** [assumed] No sort parameter exists: newest first by dateOrder, then by id. */
  sorted(): readonly Order[] {
    this.newestFirst ??= [...this.byId.values()].sort((a, b) => b.dateOrder - a.dateOrder || b.id - a.id);
    return this.newestFirst;
  }

  /** The order the list pages in: newest first, or oldest first in the "oldest-first" variant. */
  listed(): readonly Order[] {
    return this.variant.oldestFirst ? [...this.sorted()].reverse() : this.sorted();
  }

  insert(build: (id: number) => Order): Order {
    const order = build(this.nextOrderId++);
    this.byId.set(order.id, order);
    this.newestFirst = null;
    return order;
  }

  /** Deletes an order (the shop's staff in the admin; the API has no such route); false when there is none. */
  remove(idText: string): boolean {
    const order = this.find(idText);
    if (!order) return false;
    this.byId.delete(order.id);
    this.newestFirst = null;
    return true;
  }

  itemId(): number {
    return this.nextItemId++;
  }

  /** Whole seconds, as the wire writes them. */
  now(): number {
    return Math.floor(Date.now() / 1000) * 1000;
  }

  /** Appends a history record carrying the order's current status; returns its id. */
  record(order: Order, name: string, type: string = AUTO_HISTORY_TYPE, status = statusName(order.statusId)): number {
    const id = this.nextHistoryId++;
    order.history.push({ id, type, date: this.now(), name, status });
    return id;
  }
}
