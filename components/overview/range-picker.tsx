"use client";
// Today, 7 days, 30 days, or a custom range of days (both ends included), in the browser's time zone.
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/client/cn";
import type { OverviewRange } from "@/lib/domain/overview";
import { focusRing } from "@/components/ui/button";

const CHOICES: readonly OverviewRange[] = ["today", "7d", "30d", "custom"];

interface RangePickerProps {
  range: OverviewRange;
  from: string | null;
  to: string | null;
  /** The API's words about a bad day, by field. */
  errors?: { from?: string; to?: string };
  onChange: (change: { range?: OverviewRange; from?: string | null; to?: string | null }) => void;
}

/** The browser's calendar day, `days` from today. */
function localDay(days = 0): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
}

interface DayInputProps {
  label: string;
  value: string | null;
  min?: string | null;
  max: string;
  error?: string;
  onChange: (day: string | null) => void;
}

function DayInput({ label, value, min, max, error, onChange }: DayInputProps) {
  return (
    <Field label={label} compact error={error}>
      {(control) => (
        <Input
          {...control}
          type="date"
          value={value ?? ""}
          min={min ?? undefined}
          max={max}
          className="h-8 w-40"
          onChange={(e) => onChange(e.target.value || null)}
        />
      )}
    </Field>
  );
}

export function RangePicker({ range, from, to, errors, onChange }: RangePickerProps) {
  const t = useTranslations("overview.range");
  return (
    <div className="flex flex-wrap items-end gap-3">
      <fieldset className="inline-flex rounded-lg border border-border-strong bg-surface p-0.5 shadow-xs">
        <legend className="sr-only">{t("label")}</legend>
        {CHOICES.map((choice) => (
          <label
            key={choice}
            className={cn(
              "relative cursor-pointer rounded-md px-3 py-1.5 text-[13px] font-medium text-muted transition-colors hover:text-fg",
              "has-[:checked]:bg-accent-soft has-[:checked]:text-accent-soft-fg has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring",
            )}
          >
            <input
              type="radio"
              name="overview-range"
              value={choice}
              checked={range === choice}
              className={cn("sr-only", focusRing)}
              onChange={() =>
                onChange(
                  choice === "custom"
                    ? { range: "custom", from: from ?? localDay(-29), to: to ?? localDay() }
                    : { range: choice, from: null, to: null },
                )
              }
            />
            {t(choice)}
          </label>
        ))}
      </fieldset>
      {range === "custom" ? (
        <div className="flex flex-wrap items-end gap-2">
          <DayInput
            label={t("firstDay")}
            value={from}
            max={to ?? localDay()}
            error={errors?.from}
            onChange={(day) => onChange({ from: day })}
          />
          <DayInput
            label={t("lastDay")}
            value={to}
            min={from}
            max={localDay()}
            error={errors?.to}
            onChange={(day) => onChange({ to: day })}
          />
        </div>
      ) : null}
    </div>
  );
}
