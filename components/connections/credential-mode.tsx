"use client";
import { useTranslations } from "next-intl";
import { type KeyboardEvent, useId, useRef } from "react";
import { focusRing } from "@/components/ui/button";
import { cn } from "@/lib/client/cn";
import type { CredentialMode } from "@/lib/domain/platform";

interface CredentialModeProps {
  /** The sets, each `label` already in the user's language. */
  modes: CredentialMode[];
  value: string | null;
  onChange: (mode: string) => void;
  error?: string;
}

/**
 * "Email and password" or "Access token" as a segmented radio group. The radios take their names from their
 * text, not from <label>s, so getByLabel("Email") or getByLabel("Access token") still finds only the inputs.
 */
export function CredentialModePicker({ modes, value, onChange, error }: CredentialModeProps) {
  const t = useTranslations("connections.fields");
  const id = useId();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const selected = Math.max(
    0,
    modes.findIndex((m) => m.id === value),
  );

  function onKeyDown(event: KeyboardEvent) {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (!step) return;
    event.preventDefault();
    const next = (selected + step + modes.length) % modes.length;
    const mode = modes[next];
    if (mode) onChange(mode.id);
    refs.current[next]?.focus();
  }

  return (
    <div className="grid gap-1.5">
      <span id={`${id}-label`} className="text-[13px] font-medium">
        {t("signInWith")}
      </span>
      <div
        role="radiogroup"
        aria-labelledby={`${id}-label`}
        aria-describedby={error ? `${id}-error` : undefined}
        tabIndex={-1}
        onKeyDown={onKeyDown}
        className="grid grid-cols-2 gap-1 rounded-lg border bg-surface-2 p-1"
      >
        {modes.map((mode, index) => {
          const checked = index === selected;
          return (
            // biome-ignore lint/a11y/useSemanticElements: a native radio is named by a <label>, which would make getByLabel("Access token") ambiguous with the field of that name
            <button
              key={mode.id}
              ref={(el) => {
                refs.current[index] = el;
              }}
              type="button"
              role="radio"
              aria-checked={checked}
              tabIndex={checked ? 0 : -1}
              onClick={() => onChange(mode.id)}
              className={cn(
                "h-8 cursor-pointer rounded-md px-3 text-[13px] font-medium transition-colors",
                focusRing,
                checked ? "bg-surface text-fg shadow-xs ring-1 ring-border" : "text-muted hover:text-fg",
              )}
            >
              {mode.label}
            </button>
          );
        })}
      </div>
      {error ? (
        <p id={`${id}-error`} className="text-[13px] text-danger-soft-fg">
          {error}
        </p>
      ) : null}
    </div>
  );
}
