// What the soak's users have seen so far, shared between them as colleagues share a screen: orders to open,
// names and numbers to search for, statuses and currencies to filter by.
import { chance, pick, random } from "./random.mjs";

const { STAGES } = await import("../../lib/domain/order.ts");
const { ORDER_SORTS } = await import("../../lib/domain/query-rules.ts");

const DAY_MS = 86_400_000;

/** What users have seen so far, shared: orders to open, names and numbers to search for. */
export class World {
  orders = [];
  terms = [];
  statuses = new Set();
  currencies = new Set();
  /** connection id → the carriers its orders ship with */
  carriers = new Map();

  constructor(connections) {
    this.connections = connections;
  }

  remember(orders) {
    for (const order of orders ?? []) {
      this.orders.push(order);
      const surname = order.customer?.name?.split(" ").at(-1);
      if (surname) this.terms.push(surname);
      if (order.number?.length > 3) this.terms.push(order.number.slice(0, -2));
      if (order.customer?.email) this.terms.push(order.customer.email);
      this.statuses.add(order.status.code);
      if (order.totals?.total?.currency) this.currencies.add(order.totals.total.currency);
      const carrier = order.shipping?.carrier;
      if (carrier && !this.carriers.has(order.connectionId)) this.carriers.set(order.connectionId, new Set());
      if (carrier) this.carriers.get(order.connectionId).add(carrier);
    }
    if (this.orders.length > 4000) this.orders.splice(0, this.orders.length - 2000);
    if (this.terms.length > 4000) this.terms.splice(0, this.terms.length - 2000);
  }

  carriersOf(connectionId) {
    return [...(this.carriers.get(connectionId) ?? [])];
  }

  someOrder() {
    return this.orders.length > 0 ? pick(this.orders) : null;
  }

  /** A filter as people set them: zero to two filters, a sort now and then, a page size. */
  someFilter({ limit = true } = {}) {
    const query = new URLSearchParams();
    const filters = {
      stage: () => query.set("stage", pick(STAGES)),
      connection: () => query.set("connection", pick(this.connections).id),
      placed: () => {
        query.set("from", new Date(Date.now() - (10 + random(60)) * DAY_MS).toISOString().slice(0, 10));
        query.set("to", new Date(Date.now() - random(10) * DAY_MS).toISOString().slice(0, 10));
      },
      total: () => {
        query.set("minTotal", String(pick([0, 50, 100])));
        query.set("maxTotal", String(pick([200, 500, 2000])));
      },
      currency: () => this.currencies.size > 0 && query.set("currency", pick([...this.currencies])),
      status: () => this.statuses.size > 0 && query.set("status", pick([...this.statuses])),
      erp: () => query.set("erp", "unsent"),
    };
    const names = Object.keys(filters).sort(() => Math.random() - 0.5);
    for (const name of names.slice(0, random(3))) filters[name]();
    if (chance(0.4)) query.set("sort", pick(ORDER_SORTS));
    if (limit) query.set("limit", String(pick([25, 50, 50, 100])));
    return query;
  }
}
