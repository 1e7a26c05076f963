import type { ComponentProps } from "react";
import { cn } from "@/lib/client/cn";

const TONES = {
  neutral: "bg-surface-2 text-muted ring-border",
  accent: "bg-accent-soft text-accent-soft-fg ring-accent/20",
  success: "bg-success-soft text-success-soft-fg ring-success-soft-fg/20",
  warning: "bg-warning-soft text-warning-soft-fg ring-warning-soft-fg/20",
  danger: "bg-danger-soft text-danger-soft-fg ring-danger-soft-fg/20",
} as const;

export type BadgeTone = keyof typeof TONES;

export function Badge({ tone = "neutral", className, ...props }: ComponentProps<"span"> & { tone?: BadgeTone }) {
  return (
    <span
      className={cn(
        "inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset",
        TONES[tone],
        className,
      )}
      {...props}
    />
  );
}
