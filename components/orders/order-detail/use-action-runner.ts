"use client";
// The page's one way to perform an action: one at a time, the running button marked, success toasted from
// the order the platform returned, failure shown in the platform's own words (toast + the page's alert).
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { ApiClientError } from "@/lib/client/api";
import { useErrorText } from "@/lib/client/use-error-text";
import { useOrderAction } from "@/lib/client/use-order-action";
import type { ActionInput, AvailableAction } from "@/lib/domain/action";
import { useActionLabel } from "./action-label";

export interface ActionFailure {
  /** The action's key, so a dialog shows only its own failure. */
  key: string;
  /** The action's words in the user's language. */
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

export function useActionRunner(connectionId: string, orderId: string, orderNumber: string): ActionRunner {
  const t = useTranslations("actions");
  const errorText = useErrorText();
  const labelOf = useActionLabel();
  const action = useOrderAction(connectionId, orderId);
  const [runningKey, setRunningKey] = useState<string | null>(null);
  const [failure, setFailure] = useState<ActionFailure | null>(null);

  async function perform(available: AvailableAction, input: ActionInput): Promise<boolean> {
    const request = action.run(input);
    if (!request) return false; // another action (or this one) is still running
    const label = labelOf(available);
    setRunningKey(available.key);
    setFailure(null);
    try {
      const result = await request;
      toast.success(t("done", { action: label }), {
        // The status is the platform's own name; the notice (accepted but not re-read) comes from the server.
        description: result.order
          ? t("nowStatus", { number: orderNumber, status: result.order.status.label })
          : result.notice,
      });
      return true;
    } catch (error) {
      // A platform's refusal in its own words; Orderdeck's own errors in the user's language.
      const { message, status } =
        error instanceof ApiClientError
          ? { message: errorText(error), status: error.status }
          : { message: t("unexpected"), status: 0 };
      setFailure({ key: available.key, label, message, status });
      toast.error(t("failed", { action: label }), { description: message });
      return false;
    } finally {
      setRunningKey(null);
    }
  }

  return { runningKey, failure, dismissFailure: () => setFailure(null), perform };
}
