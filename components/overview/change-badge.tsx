// A headline figure's change against the previous period: an arrow and the size of the change, green when it
// goes the good way (more orders; fewer cancellations), with the whole sentence for screen readers.
import { ArrowDownRight, ArrowRight, ArrowUpRight } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { cn } from "@/lib/client/cn";
import { numberFormat } from "@/lib/client/intl-cache";
import type { Change } from "./figures";
import { formatPercent } from "./format";

type T = ReturnType<typeof useTranslations<"overview.change">>;

function wordsFor(change: Change, t: T, locale: string): { direction: "up" | "down" | "flat"; text: string } {
  if (change.kind === "new") return { direction: "up", text: t("newShort") };
  if (change.kind === "none") return { direction: "flat", text: "—" };
  const direction = change.value > 0 ? "up" : change.value < 0 ? "down" : "flat";
  const size = Math.abs(change.value);
  if (change.kind === "ratio") return { direction, text: formatPercent(size, locale) };
  const value = numberFormat(locale, { maximumFractionDigits: 1 }).format(size * 100);
  return { direction, text: t("points", { value }) };
}

const ARROWS = { up: ArrowUpRight, down: ArrowDownRight, flat: ArrowRight };

/** `against`: the previous period in words ("the previous 7 days"). */
export function ChangeBadge({ change, good, against }: { change: Change; good: "up" | "down"; against: string }) {
  const t = useTranslations("overview.change");
  const { direction, text } = wordsFor(change, t, useLocale());
  const Arrow = ARROWS[direction];
  const tone =
    change.kind === "none" || direction === "flat"
      ? "text-muted"
      : direction === good
        ? "text-success-soft-fg"
        : "text-danger-soft-fg";
  const sentence =
    change.kind === "none"
      ? t("none", { period: against })
      : change.kind === "new"
        ? t("new", { period: against })
        : t(direction, { size: text, period: against });
  return (
    <span className={cn("inline-flex items-center gap-0.5 text-xs font-medium tabular-nums", tone)}>
      {change.kind === "none" ? null : <Arrow aria-hidden className="size-3.5" />}
      <span aria-hidden>{text}</span>
      <span className="sr-only">{sentence}</span>
    </span>
  );
}
