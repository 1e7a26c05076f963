import { TriangleAlert } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "@/lib/client/cn";

const TONES = {
  danger: "border-danger/30 bg-danger-soft text-danger-soft-fg",
  warning: "border-warning-soft-fg/30 bg-warning-soft text-warning-soft-fg",
} as const;

interface NoticeProps {
  tone: keyof typeof TONES;
  /** "alert" for a failure to act on now, "status" for something to know. */
  role: "alert" | "status";
  /** Names the notice for screen readers (and tests), e.g. "Action failed". */
  label: string;
  /** The first, bold line. */
  title: ReactNode;
  /** At the end of the box, e.g. Retry or Dismiss. */
  action?: ReactNode;
  className?: string;
  children?: ReactNode;
}

/** A boxed message in the page's flow: a warning sign, a bold line, the details, and an action. */
export function Notice({ tone, role, label, title, action, className, children }: NoticeProps) {
  return (
    // biome-ignore lint/a11y/useAriaPropsSupportedByRole: the role is alert or status, both of which may be named
    <div
      role={role}
      aria-label={label}
      className={cn("flex items-start gap-3 rounded-lg border px-4 py-3", TONES[tone], className)}
    >
      <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
      <div className="min-w-0 flex-1">
        <p className="font-medium">{title}</p>
        {children}
      </div>
      {action}
    </div>
  );
}
