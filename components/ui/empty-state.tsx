import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "@/lib/client/cn";

interface EmptyStateProps {
  icon: LucideIcon;
  title: string;
  description?: ReactNode;
  action?: ReactNode;
  tone?: "neutral" | "danger";
  className?: string;
}

/** The centred "nothing here (yet)" / "could not load" block inside a card or table. */
export function EmptyState({ icon: Icon, title, description, action, tone = "neutral", className }: EmptyStateProps) {
  return (
    <div className={cn("flex flex-col items-center justify-center px-6 py-14 text-center", className)}>
      <div
        className={cn(
          "mb-4 flex size-11 items-center justify-center rounded-full ring-1 ring-inset",
          tone === "danger"
            ? "bg-danger-soft text-danger-soft-fg ring-danger/20"
            : "bg-surface-2 text-muted ring-border",
        )}
      >
        <Icon aria-hidden className="size-5" />
      </div>
      <h2 className="text-[15px] font-semibold tracking-tight">{title}</h2>
      {description ? <div className="mt-1.5 max-w-md text-muted text-pretty">{description}</div> : null}
      {action ? <div className="mt-5 flex flex-wrap justify-center gap-2">{action}</div> : null}
    </div>
  );
}
