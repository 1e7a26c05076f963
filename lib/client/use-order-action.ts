"use client";
// Performing one action on one order. The platform is the authority: nothing changes on screen until it
// answers, and then the page shows the order exactly as the API returned it (written into the cache).
// Every request carries an Idempotency-Key: one per user intent, reused only when the outcome is unknown
// (the network failed, or the same action is still running), so a retry can never write twice.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef } from "react";
import type { ActionInput, ActionResult } from "@/lib/domain/action";
import { ApiClientError, api } from "./api";
import { beginOwnWrite } from "./live/own-writes";
import type { OrderDetail } from "@/lib/domain/order-detail";
import { queryKeys } from "./query-keys";

/** True when we cannot know whether the platform applied the action, so a retry must reuse the key. */
export function outcomeUnknown(error: unknown): boolean {
  return error instanceof ApiClientError && (error.status === 0 || error.code === "in_progress");
}

export function useOrderAction(connectionId: string, orderId: string) {
  const queryClient = useQueryClient();
  // The key of the intent whose outcome is still open, with the request it was made for.
  const pending = useRef<{ key: string; body: string } | null>(null);
  // Set synchronously on the first click, before React re-renders the button as disabled.
  const running = useRef(false);

  const mutation = useMutation({
    mutationFn: ({ input, key }: { input: ActionInput; key: string }) => {
      // The action's re-read writes the index: the event it causes must not say "changed on the platform".
      const end = beginOwnWrite(connectionId, orderId);
      return api("POST /api/orders/:connectionId/:orderId/actions", {
        params: { connectionId, orderId },
        body: input,
        headers: { "Idempotency-Key": key },
      }).finally(end);
    },
    onSuccess: async (result) => {
      const { order } = result;
      // Accepted but not re-read: the page reads the order again instead of showing what it had.
      if (order) {
        // With the order's new version, so the live event of this very change is not taken for another's.
        const version = "version" in result && typeof result.version === "string" ? { version: result.version } : {};
        queryClient.setQueryData<OrderDetail>(queryKeys.orderDetail.detail(connectionId, orderId), (detail) =>
          detail ? { ...detail, order, actions: result.actions, ...version } : detail,
        );
      }
      await Promise.all([
        order
          ? null
          : queryClient.invalidateQueries({
              queryKey: queryKeys.orderDetail.detail(connectionId, orderId),
              exact: true,
            }),
        queryClient.invalidateQueries({ queryKey: queryKeys.orderDetail.history(connectionId, orderId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.orders.all }),
      ]);
    },
    onError: async () => {
      // A refusal means the platform's state is not what we showed: re-read it so the page tells the truth.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.orderDetail.detail(connectionId, orderId), exact: true }),
        queryClient.invalidateQueries({ queryKey: queryKeys.orderDetail.history(connectionId, orderId) }),
      ]);
    },
  });

  /** Runs the action once per intent; a call while one is in flight is ignored (double clicks). */
  function run(input: ActionInput): Promise<ActionResult> | null {
    if (mutation.isPending || running.current) return null;
    const body = JSON.stringify(input);
    const key = pending.current?.body === body ? pending.current.key : crypto.randomUUID();
    pending.current = { key, body };
    running.current = true;
    return mutation
      .mutateAsync({ input, key })
      .then((result) => {
        pending.current = null;
        return result;
      })
      .catch((error: unknown) => {
        if (!outcomeUnknown(error)) pending.current = null;
        throw error;
      })
      .finally(() => {
        running.current = false;
      });
  }

  return {
    run,
    isPending: mutation.isPending,
    variables: mutation.variables,
    error: mutation.error,
    reset: mutation.reset,
  };
}
