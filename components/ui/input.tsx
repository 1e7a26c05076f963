import type { ComponentProps } from "react";
import { cn } from "@/lib/client/cn";

export const controlClasses = cn(
  "h-9 w-full rounded-md border border-border-strong bg-surface px-3 text-sm text-fg shadow-xs transition-colors",
  "placeholder:text-muted/80 outline-none focus-visible:border-ring focus-visible:ring-2 focus-visible:ring-ring/30",
  "disabled:cursor-not-allowed disabled:opacity-60",
  "aria-invalid:border-danger aria-invalid:focus-visible:ring-danger/25",
);

export function Input({ className, ...props }: ComponentProps<"input">) {
  return <input className={cn(controlClasses, className)} {...props} />;
}
