import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/lib/client/cn";

export function Skeleton({ className, ...props }: ComponentProps<"div">) {
  return <div aria-hidden className={cn("animate-pulse rounded-md bg-surface-2", className)} {...props} />;
}

/** Grey bars in a row or a column, one per class list (their sizes). */
export function SkeletonBars({ bars, className }: { bars: readonly string[]; className?: string }) {
  return (
    <div className={className}>
      {bars.map((bar, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholder bars have no identity
        <Skeleton key={i} className={bar} />
      ))}
    </div>
  );
}

/** A page's shape while it loads: busy for assistive technology, and what is loading said once. */
export function LoadingShape({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div aria-busy="true" className={className}>
      <span role="status" className="sr-only">
        {label}
      </span>
      {children}
    </div>
  );
}
