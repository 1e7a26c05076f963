"use client";
// "3 new orders — show": how many orders the list's filters find that are newer than the newest one it showed
// when it was read. The list itself is not re-read (its rows would move under the pointer): an `orders` event
// with added orders of the listed shops asks GET /api/orders/counts with the list's filters and `from` just
// after that newest order. While the stream is lost the count is asked every half minute instead.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { LiveEvent } from "@/lib/domain/live-events";
import type { OrderListPage } from "@/lib/domain/order-list";
import type { OrderListQuery } from "@/lib/domain/query";
import { api } from "../api";
import { orderListSearch } from "../order-list-search";
import { queryKeys } from "../query-keys";
import { useLiveEvent, useLiveStatus } from "./live-provider";

const POLL_MS = 30_000;
const FRESH = { "cache-control": "no-cache" };

const filtersOnly = (query: OrderListQuery) =>
  ({ ...query, sort: undefined, limit: undefined, cursor: undefined }) as const;

/** The counts' search: the filters, from just after `newest` (or the filters' own later `from`). */
export function newerSearch(query: OrderListQuery, newest: string | null): string {
  const after = newest === null ? undefined : new Date(Date.parse(newest) + 1).toISOString();
  const from = after && (!query.from || Date.parse(query.from) < Date.parse(after)) ? after : query.from;
  return orderListSearch({ ...filtersOnly(query), from });
}

/** The newest placement among the orders, null for none. */
export function newestPlaced(orders: readonly { placedAt: string }[]): string | null {
  let newest: string | null = null;
  for (const { placedAt } of orders)
    if (newest === null || Date.parse(placedAt) > Date.parse(newest)) newest = placedAt;
  return newest;
}

/** Whether an event may bring orders this list would show. */
export function addsToList(event: LiveEvent, query: OrderListQuery): boolean {
  return (
    event.type === "orders" &&
    event.addedCount > 0 &&
    (query.connection.length === 0 || query.connection.includes(event.connectionId))
  );
}

/**
 * The newest order the list's filters had when the page was read: its own first row when it is the first page
 * sorted newest first, else one order asked for that way (read again whenever the list is).
 */
function useNewestListed(query: OrderListQuery, page: OrderListPage | undefined, readAt: number, ready: boolean) {
  const own = !query.cursor && query.sort === "placed_desc";
  const search = orderListSearch({ ...filtersOnly(query), limit: 1 });
  const asked = useQuery({
    queryKey: queryKeys.orders.newest(search, readAt),
    queryFn: ({ signal }) => api("GET /api/orders", { search, signal }).then((r) => newestPlaced(r.orders)),
    enabled: ready && !own,
    staleTime: Number.POSITIVE_INFINITY,
    meta: { liveRefetch: false },
  });
  if (!ready) return undefined;
  return own ? newestPlaced(page?.orders ?? []) : asked.data;
}

export interface ListRead {
  page: OrderListPage | undefined;
  /** When the page on screen was read (the query's dataUpdatedAt). */
  readAt: number;
  /** False while the page on screen is the previous filters' (placeholder data). */
  current: boolean;
}

/** The number of orders newer than the list shows (0 until an event says there may be some). */
export function useNewOrderCount(query: OrderListQuery, list: ListRead): number {
  const queryClient = useQueryClient();
  const live = useLiveStatus() !== "lost";
  const newest = useNewestListed(query, list.page, list.readAt, list.current && list.page !== undefined);
  const search = newest === undefined ? null : newerSearch(query, newest);
  // Nothing is newer until an event (or, without a stream, the clock) says there may be; a list read again
  // starts from nothing again.
  const [armedFor, setArmedFor] = useState<string | null>(null);
  const armKey = `${list.readAt} ${search}`;
  const armed = search !== null && armedFor === armKey;

  useLiveEvent((event) => {
    // `refetch`: events were missed, new orders among them perhaps.
    if (search === null || !(event.type === "refetch" || addsToList(event, query))) return;
    if (!armed) setArmedFor(armKey);
    else void queryClient.invalidateQueries({ queryKey: queryKeys.orders.newer(search), exact: true });
  });

  const counted = useQuery({
    queryKey: queryKeys.orders.newer(search ?? ""),
    // Counted afresh: another instance's write may be newer than the server's one-second memory of counts.
    queryFn: ({ signal }) =>
      api("GET /api/orders/counts", { search: search ?? "", signal, headers: FRESH }).then((r) => r.total),
    enabled: search !== null && (armed || !live),
    refetchInterval: live ? false : POLL_MS,
    refetchOnWindowFocus: !live,
    // Polling without a stream starts half a minute after the list was read, not at once.
    initialData: live ? undefined : 0,
    initialDataUpdatedAt: list.readAt,
    staleTime: live ? 0 : POLL_MS,
  });
  return search === null || (live && !armed) ? 0 : (counted.data ?? 0);
}
