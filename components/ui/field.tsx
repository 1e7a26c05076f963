"use client";
import { type ReactNode, useId } from "react";
import { cn } from "@/lib/client/cn";
import { Label } from "./label";

export interface ControlProps {
  id: string;
  "aria-invalid": boolean | undefined;
  "aria-describedby": string | undefined;
}

interface FieldProps {
  label: ReactNode;
  /** Shown under the control in red; marks the control aria-invalid. */
  error?: string;
  /** A quiet explanation under the control. */
  hint?: ReactNode;
  /** The small, quiet label of a toolbar's filters. */
  compact?: boolean;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}

/** Label + control + hint/error, with the ids wired for screen readers. */
export function Field({ label, error, hint, compact, className, children }: FieldProps) {
  const id = useId();
  // An error replaces the hint: both at once mostly say the same thing twice.
  const hintId = hint && !error ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cn("grid gap-1.5", compact && "gap-1", className)}>
      <Label htmlFor={id} className={cn(compact && "text-xs text-muted")}>
        {label}
      </Label>
      {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })}
      {error ? (
        <p id={errorId} className="text-[13px] text-danger-soft-fg">
          {error}
        </p>
      ) : null}
      {hintId ? (
        <p id={hintId} className="text-[13px] text-muted">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
