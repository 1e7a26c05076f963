"use client";
// The page's one way to perform an action: one at a time, the running button marked, success toasted from
// the order the platform returned, failure shown in the platform's own words (toast + the page's alert).
import { useState } from "react";
import { toast } from "sonner";
import { ApiClientError } from "@/lib/client/api";
import { useOrderAction } from "@/lib/client/use-order-action";
import type { ActionInput, AvailableAction } from "@/lib/domain/action";

export interface ActionFailure {
  /** The action's key, so a dialog shows only its own failure. */
  key: string;
  label: string;
  message: string;
  status: number;
}

export interface ActionRunner {
  /** The key of the action running now, if any. */
  runningKey: string | null;
  failure: ActionFailure | null;
  dismissFailure: () => void;
  /** Resolves true when the platform applied it; false when it refused or failed (already reported). */
  perform: (action: AvailableAction, input: ActionInput) => Promise<boolean>;
}

function explain(error: unknown): { message: string; status: number } {
  if (error instanceof ApiClientError) return { message: error.message, status: error.status };
  return { message: "The action failed unexpectedly. Reload the order to see its state.", status: 0 };
}

export function useActionRunner(connectionId: string, orderId: string, orderNumber: string): ActionRunner {
  const action = useOrderAction(connectionId, orderId);
  const [runningKey, setRunningKey] = useState<string | null>(null);
  const [failure, setFailure] = useState<ActionFailure | null>(null);

  async function perform(available: AvailableAction, input: ActionInput): Promise<boolean> {
    const request = action.run(input);
    if (!request) return false; // another action (or this one) is still running
    setRunningKey(available.key);
    setFailure(null);
    try {
      const result = await request;
      toast.success(`${available.label}: done`, {
        description: result.order
          ? `Order ${orderNumber} is now “${result.order.status.label}” on the platform.`
          : result.notice,
      });
      return true;
    } catch (error) {
      const { message, status } = explain(error);
      setFailure({ key: available.key, label: available.label, message, status });
      toast.error(`${available.label} failed`, { description: message });
      return false;
    } finally {
      setRunningKey(null);
    }
  }

  return { runningKey, failure, dismissFailure: () => setFailure(null), perform };
}
