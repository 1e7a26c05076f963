"use client";
// Orders that changed (status, total, customer) change in the list where they stand: the event's values are laid
// over the rows of the page on screen, and no row moves, arrives or leaves — a row that no longer matches the
// filters shows its new state until the list is read again (the "new orders" pill, a filter, a page). The cached
// page itself stays as read, so a new read drops the overlay and shows the platform's full state.
import { useMemo, useState } from "react";
import type { LiveOrderRef } from "@/lib/domain/live-events";
import type { OrderSummary } from "@/lib/domain/order";
import { useLiveEvent } from "./live-provider";

const keyOf = (connectionId: string, orderId: string) => `${connectionId}/${orderId}`;

/** The row with the event's values; the row itself (same object) when nothing it shows differs. */
export function patchOrder(order: OrderSummary, ref: LiveOrderRef): OrderSummary {
  const sameStatus = ref.statusLabel === order.status.label && ref.stage === order.status.stage;
  const sameTotal =
    !ref.total ||
    (ref.total.amount === order.totals.total.amount && ref.total.currency === order.totals.total.currency);
  const sameName = ref.customerName === null || ref.customerName === order.customer.name;
  if (sameStatus && sameTotal && sameName) return order;
  return {
    ...order,
    status: { ...order.status, label: ref.statusLabel, stage: ref.stage },
    totals: ref.total ? { ...order.totals, total: ref.total } : order.totals,
    customer: ref.customerName === null ? order.customer : { ...order.customer, name: ref.customerName },
  };
}

export function useLiveRows<T extends OrderSummary>(orders: readonly T[] | undefined): readonly T[] | undefined {
  // The changes heard since `orders` was read (a new read starts again from none).
  const [heard, setHeard] = useState<{ orders: readonly T[] | undefined; refs: Map<string, LiveOrderRef> }>({
    orders,
    refs: new Map(),
  });
  useLiveEvent((event) => {
    if (event.type !== "orders" || event.changed.length === 0 || !orders) return;
    const shown = new Set(orders.map((order) => keyOf(order.connectionId, order.id)));
    const mine = event.changed.filter((ref) => shown.has(keyOf(ref.connectionId, ref.orderId)));
    if (mine.length === 0) return;
    setHeard((before) => {
      const refs = new Map(before.orders === orders ? before.refs : []);
      for (const ref of mine) refs.set(keyOf(ref.connectionId, ref.orderId), ref);
      return { orders, refs };
    });
  });
  return useMemo(() => {
    if (!orders || heard.orders !== orders || heard.refs.size === 0) return orders;
    return orders.map((order) => {
      const ref = heard.refs.get(keyOf(order.connectionId, order.id));
      return ref ? (patchOrder(order, ref) as T) : order;
    });
  }, [orders, heard]);
}
