"use client";
import { TriangleAlert, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { ActionFailure } from "./use-action-runner";

/** No answer, a gateway error or a timeout: the platform may or may not have applied it. */
const UNCONFIRMED = new Set([0, 502, 503, 504]);

/** The platform's refusal, word for word, kept on the page until dismissed or the next action. */
export function ActionFailureAlert({ failure, onDismiss }: { failure: ActionFailure; onDismiss: () => void }) {
  const unconfirmed = UNCONFIRMED.has(failure.status);
  return (
    <div
      role="alert"
      aria-label="Action failed"
      className="od-print-hide flex items-start gap-3 rounded-xl border border-danger/30 bg-danger-soft px-4 py-3 text-danger-soft-fg"
    >
      <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
      <div className="min-w-0 flex-1">
        <p className="font-medium">
          {unconfirmed ? `${failure.label}: the platform did not confirm it` : `${failure.label} failed`}
        </p>
        <p className="mt-0.5 [overflow-wrap:anywhere]">{failure.message}</p>
        <p className="mt-1 text-xs opacity-80">
          {unconfirmed
            ? "It may or may not have been applied: reload the order and check it before trying again."
            : "Nothing was changed. The page shows the order as the platform has it now."}
        </p>
      </div>
      <Button variant="ghost" size="icon-sm" aria-label="Dismiss" onClick={onDismiss} className="-mt-1 -mr-2">
        <X aria-hidden />
      </Button>
    </div>
  );
}
