"use client";
// The list's non-table states (loaded only when one is needed): the request failed, nothing matches, or
// nothing matched in the stretch Orderdeck filtered itself (older orders may still match).
import { ChevronRight, Inbox, SearchX } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { type FailedQuery, LoadError } from "@/components/ui/load-error";

export type ListStateProps =
  | { kind: "error"; query: FailedQuery }
  | { kind: "empty"; hasFilters: boolean; onClear: () => void; onSearchFurther?: () => void };

export function OrdersListState(props: ListStateProps) {
  const t = useTranslations("orders");
  if (props.kind === "error") {
    return (
      <Card>
        <LoadError title={t("loadFailed")} query={props.query} />
      </Card>
    );
  }
  const { hasFilters, onClear, onSearchFurther } = props;
  const clear = hasFilters ? (
    <Button variant={onSearchFurther ? "ghost" : "secondary"} onClick={onClear}>
      {t("clearFilters")}
    </Button>
  ) : null;
  if (onSearchFurther) {
    // Filters applied in Orderdeck read a bounded stretch of each platform per request: nothing in this
    // stretch does not mean nothing further back.
    return (
      <Card>
        <EmptyState
          icon={SearchX}
          title={t("noMatchInStretch")}
          description={t("noMatchInStretchHint")}
          action={
            <>
              <Button variant="secondary" onClick={onSearchFurther}>
                {t("searchOlder")}
                <ChevronRight aria-hidden />
              </Button>
              {clear}
            </>
          }
        />
      </Card>
    );
  }
  return (
    <Card>
      <EmptyState
        icon={hasFilters ? SearchX : Inbox}
        title={hasFilters ? t("noMatch") : t("noOrders")}
        description={hasFilters ? t("noMatchHint") : t("noOrdersHint")}
        action={clear}
      />
    </Card>
  );
}
