// The normalized stages' look, defined once for the list, its filters and the order detail: each stage has
// a colour, and a name in Orderdeck's words (the `stages` messages); a badge shows the platform's OWN status words
// in its stage's colour.
import { useTranslations } from "next-intl";
import { cn } from "@/lib/client/cn";
import { type OrderStatus, STAGES, type Stage } from "@/lib/domain/order";

export interface StageOption {
  value: Stage;
  /** Background, text and ring of the badge, light and dark. */
  badgeClassName: string;
  /** The small dot used in filter menus and legends. */
  dotClassName: string;
}

const LOOK: Record<Stage, Omit<StageOption, "value">> = {
  pending: {
    badgeClassName:
      "bg-amber-50 text-amber-800 ring-amber-600/25 dark:bg-amber-400/10 dark:text-amber-200 dark:ring-amber-400/25",
    dotClassName: "bg-amber-500",
  },
  processing: {
    badgeClassName: "bg-sky-50 text-sky-800 ring-sky-600/25 dark:bg-sky-400/10 dark:text-sky-200 dark:ring-sky-400/25",
    dotClassName: "bg-sky-500",
  },
  shipped: {
    badgeClassName:
      "bg-indigo-50 text-indigo-800 ring-indigo-600/25 dark:bg-indigo-400/10 dark:text-indigo-200 dark:ring-indigo-400/30",
    dotClassName: "bg-indigo-500",
  },
  delivered: {
    badgeClassName:
      "bg-emerald-50 text-emerald-800 ring-emerald-600/25 dark:bg-emerald-400/10 dark:text-emerald-200 dark:ring-emerald-400/25",
    dotClassName: "bg-emerald-500",
  },
  completed: {
    badgeClassName:
      "bg-teal-50 text-teal-800 ring-teal-600/25 dark:bg-teal-400/10 dark:text-teal-200 dark:ring-teal-400/25",
    dotClassName: "bg-teal-600",
  },
  cancelled: {
    badgeClassName:
      "bg-zinc-100 text-zinc-700 ring-zinc-500/25 dark:bg-zinc-400/10 dark:text-zinc-300 dark:ring-zinc-400/25",
    dotClassName: "bg-zinc-400",
  },
  returned: {
    badgeClassName:
      "bg-orange-50 text-orange-800 ring-orange-600/25 dark:bg-orange-400/10 dark:text-orange-200 dark:ring-orange-400/25",
    dotClassName: "bg-orange-500",
  },
  exception: {
    badgeClassName: "bg-red-50 text-red-800 ring-red-600/25 dark:bg-red-400/10 dark:text-red-200 dark:ring-red-400/30",
    dotClassName: "bg-red-500",
  },
};

/** The stages in workflow order, with their look: the stage filter's options and the detail page's legend. */
export const STAGE_OPTIONS: readonly StageOption[] = STAGES.map((value) => ({ value, ...LOOK[value] }));

export function stageLook(stage: Stage): StageOption {
  return { value: stage, ...LOOK[stage] };
}

// One element per badge (the list renders a hundred): the dot is a ::before in the badge's text colour.
const base = cn(
  "inline-block max-w-full truncate whitespace-nowrap rounded-full px-2 py-0.5 align-middle text-xs font-medium ring-1 ring-inset",
  "before:mr-1.5 before:inline-block before:size-1.5 before:rounded-full before:bg-current before:align-[1px] before:opacity-75 before:content-['']",
);

/** The platform's status label (e.g. "Approve Waiting") in its stage's colour; the stage and code on hover. */
export function OrderStatusBadge({ status, className }: { status: OrderStatus; className?: string }) {
  const t = useTranslations("stages");
  const look = LOOK[status.stage];
  return (
    <span
      className={cn(base, look.badgeClassName, className)}
      title={t("badgeTitle", { stage: t(status.stage), code: status.code })}
    >
      {status.label}
    </span>
  );
}

/** Where the stage is the point (the order's page): the stage as a badge, then the platform's own words. */
export function StageBadge({ status }: { status: OrderStatus }) {
  const t = useTranslations("stages");
  const look = LOOK[status.stage];
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <span className={cn(base, look.badgeClassName)}>{t(status.stage)}</span>
      <span className="text-muted" title={t("platformCode", { code: status.code })}>
        {status.label}
      </span>
    </span>
  );
}
