import { RotateCw, TriangleAlert } from "lucide-react";
import { Button } from "./button";
import { EmptyState } from "./empty-state";

/** What a failed query offers: its error and a way to ask again (a TanStack Query result fits). */
export interface FailedQuery {
  error: Error | null;
  isRefetching: boolean;
  refetch: () => unknown;
}

/** Where a list would be: that it could not be loaded, the server's words, and Retry. */
export function LoadError({ title, query }: { title: string; query: FailedQuery }) {
  return (
    <EmptyState
      tone="danger"
      icon={TriangleAlert}
      title={title}
      description={query.error?.message}
      action={
        <Button variant="secondary" loading={query.isRefetching} onClick={() => void query.refetch()}>
          <RotateCw aria-hidden />
          Retry
        </Button>
      }
    />
  );
}
