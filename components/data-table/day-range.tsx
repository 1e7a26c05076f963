"use client";
// A from–to filter in whole days of the browser's time zone: the inputs show local days, the URL holds the
// instants where those days start and end. Days depend on the time zone, so the inputs get their value only
// once in the browser.
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/client/cn";
import { isoToLocalDay, localDayToIso, useIsClient } from "@/lib/client/dates";

/** The range's ends as ISO instants (the URL's values); either may be open. */
interface Range {
  from?: string | null;
  to?: string | null;
}

interface DayRangeInputsProps {
  /** The note's id prefix (see DayRangeNote): it describes both inputs. */
  id: string;
  range: Range;
  labels: { from: string; to: string };
  onChange: (change: { from: string | null } | { to: string | null }) => void;
  compact?: boolean;
  fieldClassName?: string;
  inputClassName?: string;
}

export function DayRangeInputs({
  id,
  range: { from, to },
  labels,
  onChange,
  compact,
  fieldClassName,
  inputClassName,
}: DayRangeInputsProps) {
  const isClient = useIsClient();
  const days = {
    from: isClient ? isoToLocalDay(from ?? undefined) : "",
    to: isClient ? isoToLocalDay(to ?? undefined) : "",
  };
  const input = (edge: "from" | "to") => (
    <Field label={labels[edge]} compact={compact} className={fieldClassName}>
      {(control) => (
        <Input
          {...control}
          type="date"
          className={inputClassName}
          value={days[edge]}
          min={edge === "to" ? days.from || undefined : undefined}
          max={edge === "from" ? days.to || undefined : undefined}
          aria-describedby={`${id}-tz`}
          onChange={(e) => {
            const iso = localDayToIso(e.target.value, edge === "from" ? "start" : "end") ?? null;
            onChange(edge === "from" ? { from: iso } : { to: iso });
          }}
        />
      )}
    </Field>
  );
  return (
    <>
      {input("from")}
      {input("to")}
    </>
  );
}

interface DayRangeNoteProps {
  id: string;
  range: Range;
  /**
   * The whole note in the caller's words, given the browser's time zone (null in the server's render, before
   * the page runs in the browser): "Dates are whole days in your time zone (Europe/Prague), both included."
   */
  note?: (timeZone: string | null) => ReactNode;
  /**
   * @deprecated Follows "Dates are whole days in your time zone (…)", e.g. "; From and To are included.": one
   * sentence in two pieces, which a translation cannot reorder. Give `note` instead.
   */
  rest?: ReactNode;
  /** Said when the range is backwards, e.g. "From is after To, so nothing can match." */
  backwards: string;
  className?: string;
}

/** The note that describes the day inputs: whose time zone, and a warning when nothing can match. */
export function DayRangeNote({ id, range: { from, to }, note, rest, backwards, className }: DayRangeNoteProps) {
  const t = useTranslations("dataTable");
  const timeZone = useIsClient() ? Intl.DateTimeFormat().resolvedOptions().timeZone : null;
  const isBackwards = Boolean(from && to && Date.parse(from) > Date.parse(to));
  return (
    <p id={`${id}-tz`} className={cn("mt-2 text-xs text-muted", className)}>
      {note ? (
        note(timeZone)
      ) : (
        <>
          {timeZone ? t("daysInTimeZone", { timeZone }) : t("daysInYourTimeZone")}
          {rest}
        </>
      )}
      {isBackwards ? <span className="ml-1 font-medium text-danger-soft-fg">{backwards}</span> : null}
    </p>
  );
}
