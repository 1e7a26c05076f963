import { type ReactNode, useId } from "react";
import { Card } from "@/components/ui/card";
import { cn } from "@/lib/client/cn";

interface DetailSectionProps {
  title: string;
  /** Buttons on the right of the title (hidden when printing). */
  actions?: ReactNode;
  className?: string;
  /** Content padding is the section's own (tables go edge to edge). */
  flush?: boolean;
  children: ReactNode;
}

/** One concern of the order as a labelled region (tests and screen readers find it by its title). */
export function DetailSection({ title, actions, className, flush = false, children }: DetailSectionProps) {
  const id = useId();
  return (
    <Card aria-labelledby={id} className={cn("od-print-section min-w-0", className)}>
      <div className="flex flex-wrap items-center justify-between gap-2 px-5 pt-4 pb-3">
        <h2 id={id} className="text-[15px] font-semibold tracking-tight">
          {title}
        </h2>
        {actions ? <div className="od-print-hide flex flex-wrap gap-2">{actions}</div> : null}
      </div>
      <div className={cn(!flush && "px-5 pb-5")}>{children}</div>
    </Card>
  );
}

/** A label: value list (dt/dd) in two columns on wide screens. */
export function Facts({ items }: { items: { label: string; value: ReactNode }[] }) {
  return (
    <dl className="grid grid-cols-[minmax(7rem,auto)_1fr] gap-x-4 gap-y-2">
      {items.map((item) => (
        <div key={item.label} className="contents">
          <dt className="text-muted">{item.label}</dt>
          <dd className="min-w-0 [overflow-wrap:anywhere]">{item.value ?? <span className="text-muted">—</span>}</dd>
        </div>
      ))}
    </dl>
  );
}
