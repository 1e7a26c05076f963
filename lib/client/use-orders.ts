"use client";
// The unified order list: one page at a time across the selected connections, with the URL's filters parsed
// by the same zod schema the API uses. The previous page stays on screen while the next one loads.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { OrderSummary, Stage } from "@/lib/domain/order";
import type { OrderListPage } from "@/lib/domain/order-list";
import type { OrderListQuery } from "@/lib/domain/query";
import { api } from "./api";
import { orderListSearch } from "./order-list-search";
import { queryKeys } from "./query-keys";

/** An order as the list endpoint sends it (lines, addresses and the raw payload only come with the detail). */
export type OrderListItem = OrderSummary;
export type { ConnectionListError, OrderListPage, UnreadableOrder } from "@/lib/domain/order-list";

export interface PlatformStatus {
  code: string;
  label: string;
  stage: Stage;
}

export function useOrderList(query: OrderListQuery, options: { enabled?: boolean } = {}) {
  const search = orderListSearch(query);
  return useQuery({
    queryKey: queryKeys.orders.list(search),
    queryFn: ({ signal }) => api<OrderListPage>(`/api/orders${search ? `?${search}` : ""}`, { signal }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
    // Platforms are slow and rate-limited: no refetch on every tab switch.
    refetchOnWindowFocus: false,
  });
}

/** The platform's own statuses for one connection (the status filter offers them when one is picked). */
export function useOrderStatuses(connectionId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.orderStatuses(connectionId ?? ""),
    queryFn: ({ signal }) =>
      api<{ statuses: PlatformStatus[] }>(`/api/connections/${encodeURIComponent(connectionId ?? "")}/statuses`, {
        signal,
      }).then((r) => r.statuses),
    enabled: Boolean(connectionId),
    staleTime: 10 * 60_000,
  });
}
