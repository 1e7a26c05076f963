"use client";
// An on/off switch (role="switch", aria-checked): Space and Enter toggle it, as for any button.
import { cn } from "@/lib/client/cn";
import { focusRing } from "./button";

interface SwitchProps {
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  /** The accessible name, when no visible label names the switch. */
  label?: string;
  labelledBy?: string;
  disabled?: boolean;
  busy?: boolean;
}

export function Switch({ checked, onCheckedChange, label, labelledBy, disabled, busy }: SwitchProps) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      aria-label={label}
      aria-labelledby={labelledBy}
      aria-busy={busy || undefined}
      disabled={disabled}
      onClick={() => onCheckedChange(!checked)}
      className={cn(
        "relative inline-flex h-5 w-9 shrink-0 cursor-pointer items-center rounded-full border transition-colors",
        "disabled:cursor-not-allowed disabled:opacity-55",
        checked ? "border-accent bg-accent" : "border-border-strong bg-surface-2",
        focusRing,
      )}
    >
      <span
        aria-hidden
        className={cn(
          "inline-block size-3.5 rounded-full shadow-sm transition-transform",
          checked ? "translate-x-[1.05rem] bg-accent-fg" : "translate-x-0.5 bg-muted",
        )}
      />
    </button>
  );
}
