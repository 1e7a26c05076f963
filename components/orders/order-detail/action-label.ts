"use client";
// An action's words in the user's language. The server's `label` is English (for the API and the audit log), so
// the page names an action by what it is: its type, or for a fixed status move the intent it fulfils or the
// move it makes. The status it sets is the platform's own name and stays as the platform wrote it.
import { useTranslations } from "next-intl";
import { useCallback } from "react";
import type { AvailableAction } from "@/lib/domain/action";

/** Fixed status moves that fulfil no intent and say more than "Change status", by the code their adapter sets
 *  (MerchantPro's handlers, Retailys's "done" flag); see lib/platforms/{merchantpro,retailys}/actions.ts. */
const MOVES = ["in_process", "returned", "done"] as const;
type Move = (typeof MOVES)[number];
const isMove = (code: string): code is Move => (MOVES as readonly string[]).includes(code);

type T = ReturnType<typeof useTranslations<"actions">>;

export function actionLabel(t: T, action: AvailableAction): string {
  if (action.type !== "set-status" || !action.status) return t(`type.${action.type}`);
  if (action.intent) return t(`intent.${action.intent}`);
  if (isMove(action.status.code)) return t(`move.${action.status.code}`);
  return t("setStatus", { status: action.status.label });
}

export function useActionLabel(): (action: AvailableAction) => string {
  const t = useTranslations("actions");
  return useCallback((action: AvailableAction) => actionLabel(t, action), [t]);
}
