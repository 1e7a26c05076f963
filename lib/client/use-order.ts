"use client";
// One order, read live from its platform through Orderdeck, with the actions its state allows, and the
// order's own audit trail. The detail is never refetched on focus: the platform is slow and a re-read
// mid-dialog would swap the buttons under the user's pointer.
import { useQuery } from "@tanstack/react-query";
import type { AvailableAction } from "@/lib/domain/action";
import type { AuditEventView } from "@/lib/domain/audit";
import type { Order } from "@/lib/domain/order";
import type { PlatformId } from "@/lib/domain/platform";
import { api } from "./api";
import { queryKeys } from "./query-keys";

export interface OrderDetail {
  order: Order;
  actions: AvailableAction[];
  connection: { id: string; name: string; platform: PlatformId };
}

export function orderPath(connectionId: string, orderId: string): string {
  return `/api/orders/${encodeURIComponent(connectionId)}/${encodeURIComponent(orderId)}`;
}

export function useOrder(connectionId: string, orderId: string) {
  return useQuery({
    queryKey: queryKeys.orderDetail.detail(connectionId, orderId),
    queryFn: ({ signal }) => api<OrderDetail>(orderPath(connectionId, orderId), { signal }),
    refetchOnWindowFocus: false,
  });
}

export function useOrderHistory(connectionId: string, orderId: string) {
  return useQuery({
    queryKey: queryKeys.orderDetail.history(connectionId, orderId),
    queryFn: ({ signal }) =>
      api<{ events: AuditEventView[] }>(`${orderPath(connectionId, orderId)}/history`, { signal }).then(
        (r) => r.events,
      ),
  });
}
