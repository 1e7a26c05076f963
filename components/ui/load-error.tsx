"use client";
import { RotateCw, TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { useErrorText } from "@/lib/client/use-error-text";
import { Button } from "./button";
import { EmptyState } from "./empty-state";

/** What a failed query offers: its error and a way to ask again (a TanStack Query result fits). */
export interface FailedQuery {
  error: Error | null;
  isRefetching: boolean;
  refetch: () => unknown;
}

/** Where a list would be: that it could not be loaded, why (in the user's language; a platform's words as sent), and Retry. */
export function LoadError({ title, query }: { title: string; query: FailedQuery }) {
  const t = useTranslations("ui");
  const errorText = useErrorText();
  return (
    <EmptyState
      tone="danger"
      icon={TriangleAlert}
      title={title}
      description={query.error ? errorText(query.error) : undefined}
      action={
        <Button variant="secondary" loading={query.isRefetching} onClick={() => void query.refetch()}>
          <RotateCw aria-hidden />
          {t("retry")}
        </Button>
      }
    />
  );
}
