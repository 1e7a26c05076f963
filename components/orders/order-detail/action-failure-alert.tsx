"use client";
import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { ActionFailure } from "./use-action-runner";

/** No answer, a gateway error or a timeout: the platform may or may not have applied it. */
const UNCONFIRMED = new Set([0, 502, 503, 504]);

/** The platform's refusal, word for word, kept on the page until dismissed or the next action. */
export function ActionFailureAlert({ failure, onDismiss }: { failure: ActionFailure; onDismiss: () => void }) {
  const t = useTranslations("actions");
  const unconfirmed = UNCONFIRMED.has(failure.status);
  return (
    <Notice
      tone="danger"
      role="alert"
      label={t("failure.label")}
      title={t(unconfirmed ? "failure.unconfirmed" : "failed", { action: failure.label })}
      className="od-print-hide rounded-xl"
      action={
        <Button
          variant="ghost"
          size="icon-sm"
          aria-label={t("failure.dismiss")}
          onClick={onDismiss}
          className="-mt-1 -mr-2"
        >
          <X aria-hidden />
        </Button>
      }
    >
      <p className="mt-0.5 [overflow-wrap:anywhere]">{failure.message}</p>
      <p className="mt-1 text-xs opacity-80">{t(unconfirmed ? "failure.unconfirmedHint" : "failure.nothingChanged")}</p>
    </Notice>
  );
}
