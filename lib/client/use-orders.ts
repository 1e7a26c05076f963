"use client";
// The unified order list: one page at a time across the selected connections, with the URL's filters parsed
// by the same zod schema the API uses. The previous page stays on screen while the next one loads. A page is not
// read again by itself (its rows would move under the pointer): live events announce new orders ("3 new orders
// — show", live/use-new-orders.ts) and lay changed orders over their rows (live/use-live-rows.ts).
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { OrderSummary } from "@/lib/domain/order";
import type { OrderListQuery } from "@/lib/domain/query";
import { api } from "./api";
import { orderListSearch } from "./order-list-search";
import { queryKeys } from "./query-keys";

/** An order as the list endpoint sends it (lines, addresses and the raw payload only come with the detail). */
export type OrderListItem = OrderSummary;
export type { OrderListPage } from "@/lib/domain/order-list";

export function useOrderList(query: OrderListQuery, options: { enabled?: boolean; refetchMs?: number | false } = {}) {
  const search = orderListSearch(query);
  return useQuery({
    queryKey: queryKeys.orders.list(search),
    queryFn: ({ signal }) => api("GET /api/orders", { search, signal }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
    refetchInterval: options.refetchMs ?? false,
    refetchOnWindowFocus: false,
    meta: { liveRefetch: false },
  });
}

/** The facets' counts move no row: they follow the index every few seconds. */
const LIST_REFRESH_MS = 10_000;

/** How many orders the filters find, per stage and per connection (for the facets). */
export function useOrderCounts(query: OrderListQuery) {
  const search = orderListSearch({ ...query, sort: undefined, limit: undefined, cursor: undefined });
  return useQuery({
    queryKey: queryKeys.orders.counts(search),
    queryFn: ({ signal }) => api("GET /api/orders/counts", { search, signal }),
    placeholderData: keepPreviousData,
    refetchInterval: LIST_REFRESH_MS,
  });
}

/** The platform's own statuses for one connection (the status filter offers them when one is picked). */
export function useOrderStatuses(connectionId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.orderStatuses(connectionId ?? ""),
    queryFn: ({ signal }) =>
      api("GET /api/connections/:id/statuses", { params: { id: connectionId ?? "" }, signal }).then((r) => r.statuses),
    enabled: Boolean(connectionId),
    staleTime: 10 * 60_000,
  });
}
