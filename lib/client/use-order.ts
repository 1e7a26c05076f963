"use client";
// One order, read live from its platform through Orderdeck, with the actions its state allows, and the
// order's own audit trail. The detail is never refetched on focus: the platform is slow and a re-read
// mid-dialog would swap the buttons under the user's pointer.
import { useQuery } from "@tanstack/react-query";
import { api } from "./api";
import { beginOwnWrite } from "./live/own-writes";
import { queryKeys } from "./query-keys";

export type { OrderDetail } from "@/lib/domain/order-detail";

export function useOrder(connectionId: string, orderId: string) {
  return useQuery({
    queryKey: queryKeys.orderDetail.detail(connectionId, orderId),
    queryFn: ({ signal }) => {
      // The read writes the order into the index: the event it causes is this page's own (own-writes.ts).
      const end = beginOwnWrite(connectionId, orderId);
      return api("GET /api/orders/:connectionId/:orderId", { params: { connectionId, orderId }, signal }).finally(end);
    },
    refetchOnWindowFocus: false,
    // A re-read would swap the action buttons under the pointer: a live change shows a "Reload" banner instead.
    meta: { liveRefetch: false },
  });
}

export function useOrderHistory(connectionId: string, orderId: string) {
  return useQuery({
    queryKey: queryKeys.orderDetail.history(connectionId, orderId),
    queryFn: ({ signal }) =>
      api("GET /api/orders/:connectionId/:orderId/history", { params: { connectionId, orderId }, signal }).then(
        (r) => r.events,
      ),
  });
}
