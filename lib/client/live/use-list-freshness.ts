"use client";
// The list's "Synced 5 s ago" line and import progress come with each list page. A `sync` event about a listed
// shop refreshes them by reading a one-order page with the same filters, so the rows on screen stay put; without
// a live stream that page is read every 15 s instead.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { OrderListPage } from "@/lib/domain/order-list";
import type { OrderListQuery } from "@/lib/domain/query";
import { api } from "../api";
import { orderListSearch } from "../order-list-search";
import { queryKeys } from "../query-keys";
import { useLiveEvent, useLiveStatus } from "./live-provider";

type Freshness = Pick<OrderListPage, "sync" | "unreadable">;

/** The newer of the list page's own sync state and the one read since for a sync event. */
export function useListFreshness(
  query: OrderListQuery,
  list: { page: OrderListPage | undefined; readAt: number },
): Freshness | undefined {
  const queryClient = useQueryClient();
  const live = useLiveStatus() !== "lost";
  const search = orderListSearch({ ...query, sort: undefined, cursor: undefined, limit: 1 });
  const [wanted, setWanted] = useState(false);
  useLiveEvent((event) => {
    if (event.type === "orders") return;
    if (event.type === "sync" && query.connection.length > 0 && !query.connection.includes(event.connectionId)) return;
    if (!wanted) setWanted(true);
    else void queryClient.invalidateQueries({ queryKey: queryKeys.orders.freshness(search), exact: true });
  });
  const fresh = useQuery({
    queryKey: queryKeys.orders.freshness(search),
    queryFn: ({ signal }) =>
      api("GET /api/orders", { search, signal, headers: { "cache-control": "no-cache" } }).then(
        ({ sync, unreadable }) => ({ sync, unreadable }),
      ),
    enabled: wanted || !live,
    refetchInterval: live ? false : 15_000,
  });
  return fresh.data && fresh.dataUpdatedAt > list.readAt ? fresh.data : list.page;
}
