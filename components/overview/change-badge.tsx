// A headline figure's change against the previous period: an arrow and the size of the change, green when it
// goes the good way (more orders; fewer cancellations), with the whole sentence for screen readers.
import { ArrowDownRight, ArrowRight, ArrowUpRight } from "lucide-react";
import { cn } from "@/lib/client/cn";
import type { Change } from "./figures";
import { formatPercent } from "./format";

const points = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

function wordsFor(change: Change): { direction: "up" | "down" | "flat"; text: string } {
  if (change.kind === "new") return { direction: "up", text: "new" };
  if (change.kind === "none") return { direction: "flat", text: "—" };
  const direction = change.value > 0 ? "up" : change.value < 0 ? "down" : "flat";
  const size = Math.abs(change.value);
  return { direction, text: change.kind === "ratio" ? formatPercent(size) : `${points.format(size * 100)} pts` };
}

const ARROWS = { up: ArrowUpRight, down: ArrowDownRight, flat: ArrowRight };

export function ChangeBadge({ change, good, against }: { change: Change; good: "up" | "down"; against: string }) {
  const { direction, text } = wordsFor(change);
  const Arrow = ARROWS[direction];
  const tone =
    change.kind === "none" || direction === "flat"
      ? "text-muted"
      : direction === good
        ? "text-success-soft-fg"
        : "text-danger-soft-fg";
  const sentence =
    change.kind === "none"
      ? `Nothing to compare with ${against}`
      : change.kind === "new"
        ? `New: none in ${against}`
        : `${direction === "flat" ? "Unchanged" : direction === "up" ? "Up" : "Down"} ${text} from ${against}`;
  return (
    <span className={cn("inline-flex items-center gap-0.5 text-xs font-medium tabular-nums", tone)}>
      {change.kind === "none" ? null : <Arrow aria-hidden className="size-3.5" />}
      <span aria-hidden>{text}</span>
      <span className="sr-only">{sentence}</span>
    </span>
  );
}
