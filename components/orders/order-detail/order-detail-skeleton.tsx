import { Card } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";

/** The page's shape while the platform answers (a live read can take a second or two). */
export function OrderDetailSkeleton() {
  return (
    <div className="grid gap-6" aria-busy="true">
      <span role="status" className="sr-only">
        Loading the order…
      </span>
      <div className="grid gap-3">
        <Skeleton className="h-4 w-20" />
        <Skeleton className="h-8 w-64" />
        <Skeleton className="h-4 w-80 max-w-full" />
      </div>
      <div className="flex gap-2">
        <Skeleton className="h-9 w-32" />
        <Skeleton className="h-9 w-28" />
      </div>
      <div className="grid items-start gap-6 xl:grid-cols-[minmax(0,1fr)_19rem]">
        <Card className="grid gap-4 p-5">
          <Skeleton className="h-5 w-24" />
          {[0, 1, 2].map((row) => (
            <div key={row} className="flex items-center gap-3">
              <Skeleton className="size-10" />
              <Skeleton className="h-4 flex-1" />
              <Skeleton className="h-4 w-20" />
            </div>
          ))}
        </Card>
        <div className="grid gap-6">
          {[0, 1].map((card) => (
            <Card key={card} className="grid gap-3 p-5">
              <Skeleton className="h-5 w-28" />
              <Skeleton className="h-4 w-40" />
              <Skeleton className="h-4 w-32" />
            </Card>
          ))}
        </div>
      </div>
    </div>
  );
}
