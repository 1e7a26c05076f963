"use client";
// A bulk job's name in the user's language, by what it does (the server's label is English, for the API): the
// status code of a status change is the platform's own and stays as it is.
import { useTranslations } from "next-intl";
import { useCallback } from "react";
import type { BulkJobSummary } from "@/lib/domain/bulk";

export function useBulkJobLabel(): (job: Pick<BulkJobSummary, "label" | "kind">) => string {
  const t = useTranslations("bulk");
  const actions = useTranslations("actions");
  return useCallback(
    ({ label, kind }: Pick<BulkJobSummary, "label" | "kind">) => {
      if (!kind) return label; // a job of a kind this release does not know: its stored words
      if ("intent" in kind) return actions(`intent.${kind.intent}`);
      if (kind.type === "set-status" && kind.status) return t("setStatusTo", { status: kind.status });
      return actions(`type.${kind.type}`);
    },
    [t, actions],
  );
}
