// Sorting and filtering orders across platforms, exactly (money compared as decimals, never floats).
import "server-only";
import { compareDecimal } from "../domain/decimal";
import type { Order } from "../domain/order";
import type { OrderListQuery, OrderListSort } from "../domain/query";
import type { OrderFilterKey } from "../platforms/types";
import type { SortKey } from "./cursor";

export function sortKeyOf(order: Order): SortKey {
  return { placedAt: order.placedAt, total: order.totals.total.amount, id: `${order.connectionId}/${order.id}` };
}

/** Negative when `a` comes first in the list's order. Ties break on the id, so the order is total. */
export function compareKeys(a: SortKey, b: SortKey, sort: OrderListSort): number {
  const byDate = a.placedAt === b.placedAt ? 0 : a.placedAt < b.placedAt ? -1 : 1;
  const byTotal = compareDecimal(a.total, b.total);
  const primary =
    sort === "placed_desc"
      ? -byDate
      : sort === "placed_asc"
        ? byDate
        : sort === "total_desc"
          ? -byTotal || -byDate
          : byTotal || byDate;
  if (primary !== 0) return primary;
  return a.id === b.id ? 0 : a.id < b.id ? (sort.endsWith("desc") ? 1 : -1) : sort.endsWith("desc") ? -1 : 1;
}

function includesText(order: Order, text: string): boolean {
  const needle = text.toLowerCase();
  return [order.number, order.id, order.customer.email, order.customer.name].some((value) =>
    value?.toLowerCase().includes(needle),
  );
}

/** Whether the order passes the filters NOT applied by its platform (those are listed in `skip`). */
export function passesFilters(order: Order, query: OrderListQuery, native: ReadonlySet<OrderFilterKey>): boolean {
  const total = order.totals.total.amount;
  if (!native.has("stage") && query.stage.length > 0 && !query.stage.includes(order.status.stage)) return false;
  if (!native.has("status") && query.status.length > 0 && !query.status.includes(order.status.code)) return false;
  if (!native.has("placedAt")) {
    if (query.from && Date.parse(order.placedAt) < Date.parse(query.from)) return false;
    if (query.to && Date.parse(order.placedAt) > Date.parse(query.to)) return false;
  }
  if (!native.has("q") && query.q && !includesText(order, query.q)) return false;
  if (!native.has("total")) {
    if (query.minTotal && compareDecimal(total, query.minTotal) < 0) return false;
    if (query.maxTotal && compareDecimal(total, query.maxTotal) > 0) return false;
  }
  if (!native.has("currency") && query.currency && order.totals.total.currency !== query.currency) return false;
  // An order of a platform without an ERP flag is neither sent nor unsent: the filter leaves it out.
  if (!native.has("erp") && query.erp && order.extras.sentToErp !== (query.erp === "sent")) return false;
  return true;
}

/** The filters this query uses that a platform cannot apply itself (shown as "filtered in Orderdeck"). */
export function filtersAppliedHere(query: OrderListQuery, native: ReadonlySet<OrderFilterKey>): OrderFilterKey[] {
  const used: OrderFilterKey[] = [];
  if (query.stage.length > 0) used.push("stage");
  if (query.status.length > 0) used.push("status");
  if (query.from || query.to) used.push("placedAt");
  if (query.q) used.push("q");
  if (query.minTotal || query.maxTotal) used.push("total");
  if (query.currency) used.push("currency");
  if (query.erp) used.push("erp");
  return used.filter((key) => !native.has(key));
}
