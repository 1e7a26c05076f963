"use client";
// The list's non-table states (loaded only when one is needed): the request failed, nothing matches, or
// nothing matched in the stretch Orderdeck filtered itself (older orders may still match).
import { ChevronRight, Inbox, SearchX } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { type FailedQuery, LoadError } from "@/components/ui/load-error";

export type ListStateProps =
  | { kind: "error"; query: FailedQuery }
  | { kind: "empty"; hasFilters: boolean; onClear: () => void; onSearchFurther?: () => void };

export function OrdersListState(props: ListStateProps) {
  if (props.kind === "error") {
    return (
      <Card>
        <LoadError title="Could not load orders" query={props.query} />
      </Card>
    );
  }
  const { hasFilters, onClear, onSearchFurther } = props;
  const clear = hasFilters ? (
    <Button variant={onSearchFurther ? "ghost" : "secondary"} onClick={onClear}>
      Clear filters
    </Button>
  ) : null;
  if (onSearchFurther) {
    // Filters applied in Orderdeck read a bounded stretch of each platform per request: nothing in this
    // stretch does not mean nothing further back.
    return (
      <Card>
        <EmptyState
          icon={SearchX}
          title="No matching orders in this stretch"
          description="Orderdeck filtered the newest orders of some connections itself and found none that match. Older orders may still match."
          action={
            <>
              <Button variant="secondary" onClick={onSearchFurther}>
                Search older orders
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
        title={hasFilters ? "No orders match these filters" : "No orders yet"}
        description={
          hasFilters
            ? "Try fewer filters, a wider date range or another connection."
            : "New orders appear here as the shops receive them."
        }
        action={clear}
      />
    </Card>
  );
}
