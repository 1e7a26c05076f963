import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";

/** The list's shape while the page or its first data loads: header, toolbar, and a table of grey bars. */
export function OrdersListSkeleton() {
  return (
    <div aria-busy="true">
      <span className="sr-only" role="status">
        Loading orders…
      </span>
      <PageHeader
        title="Orders"
        description="Every connected shop's orders in one list, read live from each platform."
      />
      <div className="mb-4 grid gap-3 rounded-xl border bg-surface p-4 shadow-xs">
        <div className="flex flex-wrap gap-2">
          <Skeleton className="h-8 min-w-48 flex-1" />
          <Skeleton className="h-8 w-28" />
          <Skeleton className="h-8 w-20" />
          <Skeleton className="ml-auto h-8 w-40" />
        </div>
        <div className="flex flex-wrap gap-2">
          <Skeleton className="h-8 w-36" />
          <Skeleton className="h-8 w-36" />
          <Skeleton className="h-8 w-48" />
        </div>
      </div>
      <div className="overflow-hidden rounded-xl border bg-surface shadow-xs">
        <div className="h-10 border-b bg-surface-2/60" />
        {Array.from({ length: 10 }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows have no identity
          <div key={i} className="flex items-center gap-6 border-b px-4 py-3.5 last:border-0">
            <Skeleton className="h-4 w-28" />
            <Skeleton className="h-4 w-20" />
            <Skeleton className="h-4 w-24" />
            <Skeleton className="h-4 w-36 max-sm:hidden" />
            <Skeleton className="ml-auto h-5 w-24 rounded-full" />
          </div>
        ))}
      </div>
    </div>
  );
}
