// The in-memory state: four record lists kept in their default order (newest first [assumed]:
// by date_placed for orders, by created_at for the rest, then by id), plus lookups by id.
import type { Random } from "../core/random";
import type { AddressRecord, ItemRecord, OrderRecord, PlanRecord, Stored } from "./types";

type Keyed = Stored<{ id: string }>;

function newestFirst<R extends Keyed>(time: (record: R) => number) {
  return (a: R, b: R) => time(b) - time(a) || (a.wire.id < b.wire.id ? 1 : a.wire.id > b.wire.id ? -1 : 0);
}

export class Store {
  readonly orders: OrderRecord[] = [];
  readonly items: ItemRecord[] = [];
  readonly plans: PlanRecord[] = [];
  readonly addresses: AddressRecord[] = [];
  readonly ordersById = new Map<string, OrderRecord>();
  readonly itemsById = new Map<string, ItemRecord>();
  readonly itemsByOrder = new Map<string, ItemRecord[]>();
  readonly plansById = new Map<string, PlanRecord>();
  readonly addressesById = new Map<string, AddressRecord>();

  /** Continues the generator's sequence for ids of records the actions create (deterministic per run). */
  constructor(readonly rng: Random) {}

  addOrder(order: OrderRecord, items: readonly ItemRecord[]): void {
    this.orders.push(order);
    this.ordersById.set(order.wire.id, order);
    this.itemsByOrder.set(order.wire.id, [...items]);
    for (const item of items) {
      this.items.push(item);
      this.itemsById.set(item.wire.id, item);
    }
  }

  addPlan(plan: PlanRecord): void {
    this.plans.push(plan);
    this.plansById.set(plan.wire.id, plan);
  }

  addAddress(address: AddressRecord): void {
    if (this.addressesById.has(address.wire.id)) return;
    this.addresses.push(address);
    this.addressesById.set(address.wire.id, address);
  }

  /** Deletes an order with its items and cancellation plans (the customer's addresses stay); false if none. */
  removeOrder(id: string): boolean {
    const order = this.ordersById.get(id);
    if (!order) return false;
    const drop = <R>(list: R[], gone: (record: R) => boolean) => {
      for (let i = list.length - 1; i >= 0; i--) if (gone(list[i] as R)) list.splice(i, 1);
    };
    drop(this.orders, (record) => record === order);
    drop(this.items, (record) => record.order === order);
    drop(this.plans, (record) => record.order === order);
    for (const item of this.itemsByOrder.get(id) ?? []) this.itemsById.delete(item.wire.id);
    for (const plan of [...this.plansById.values()]) if (plan.order === order) this.plansById.delete(plan.wire.id);
    this.itemsByOrder.delete(id);
    this.ordersById.delete(id);
    return true;
  }

  /** Puts every list in its default order; called after generation and after an action adds a record. */
  sort(): void {
    this.orders.sort(newestFirst((r) => r.placedAt));
    this.items.sort(newestFirst((r) => r.createdAt));
    this.plans.sort(newestFirst((r) => r.createdAt));
    this.addresses.sort(newestFirst((r) => r.createdAt));
  }
}
