"use client";
// "Sync now": asks the server to read the connections' recent orders at once (or, `full`, all their orders
// again), then follows the list closely for a little while so the result shows as soon as the index has it.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "./api";
import { queryKeys } from "./query-keys";

export function useSyncNow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ connectionIds, full = false }: { connectionIds: readonly string[]; full?: boolean }) =>
      Promise.all(connectionIds.map((id) => api("POST /api/connections/:id/sync", { params: { id }, body: { full } }))),
    onSuccess: async () => {
      // A sync turn takes a second or two: read the list again as it lands.
      for (const delay of [1000, 2500, 5000]) {
        await new Promise((resolve) => setTimeout(resolve, delay));
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: queryKeys.orders.all }),
          queryClient.invalidateQueries({ queryKey: queryKeys.connections.all }),
        ]);
      }
    },
  });
}
