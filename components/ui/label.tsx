import type { ComponentProps } from "react";
import { cn } from "@/lib/client/cn";

export function Label({ className, ...props }: ComponentProps<"label">) {
  // biome-ignore lint/a11y/noLabelWithoutControl: callers pass htmlFor
  return <label className={cn("text-[13px] font-medium text-fg", className)} {...props} />;
}
