"use client";
// The overview (`/`): the range picker, the headline figures against the previous period, the charts, and what
// needs attention now. The first figures come with the server's render, later ones from GET /api/overview
// (use-overview.ts); while a new range loads the last figures stay on screen, dimmed. Live events about orders and syncs re-read the figures in place (at most every
// few seconds), without the skeleton or the dimming.
import { CalendarX2 } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { NoConnections } from "@/components/orders/no-connections";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { LoadError } from "@/components/ui/load-error";
import { PageHeader } from "@/components/ui/page-header";
import { ApiClientError } from "@/lib/client/api";
import { useFieldErrors } from "@/lib/client/use-field-errors";
import { cn } from "@/lib/client/cn";
import { useLiveRefresh } from "@/lib/client/live/use-live-refresh";
import { queryKeys } from "@/lib/client/query-keys";
import { type FirstOverview, useOverview } from "@/lib/client/use-overview";
import type { LiveEvent } from "@/lib/domain/live-events";
import type { Overview } from "@/lib/domain/overview";
import { formatDayRange } from "./format";
import { HeadlineCards } from "./headline-cards";
import { NeedsAttention } from "./needs-attention";
import { OrdersPerDayCard } from "./orders-per-day-card";
import { OverviewSkeleton } from "./overview-skeleton";
import { RangePicker } from "./range-picker";
import { RevenueCard } from "./revenue-card";
import { StagesCard } from "./stages-card";
import { useOverviewRange } from "./use-overview-range";
import "./overview-colors.css";

const rangeText = ({ current, timeZone }: Pick<Overview, "current" | "timeZone">, locale: string) =>
  `${formatDayRange(current.firstDay, current.lastDay, locale)} · ${timeZone}`;

const movesFigures = (event: LiveEvent) => event.type === "orders" || event.type === "sync";

function NoOrders() {
  const t = useTranslations("overview");
  return (
    <Card>
      <EmptyState icon={CalendarX2} title={t("noOrdersTitle")} description={t("noOrdersHint")} />
    </Card>
  );
}

function Figures({ overview, updating }: { overview: Overview; updating: boolean }) {
  const empty = overview.figures.current.orders === 0;
  return (
    <div aria-busy={updating || undefined} className={cn("grid gap-4 transition-opacity", updating && "opacity-60")}>
      <HeadlineCards overview={overview} />
      {/* What needs doing comes first (on narrow screens, and for screen readers); wide screens show it beside the charts. */}
      <div className="grid items-start gap-4 lg:grid-cols-3">
        <div className="lg:col-start-3 lg:row-start-1">
          <NeedsAttention attention={overview.attention} />
        </div>
        <div className="grid min-w-0 gap-4 lg:col-span-2 lg:col-start-1 lg:row-start-1">
          {empty ? (
            <NoOrders />
          ) : (
            <>
              <OrdersPerDayCard overview={overview} />
              <RevenueCard overview={overview} />
              <StagesCard overview={overview} />
            </>
          )}
        </div>
      </div>
    </div>
  );
}

/** `first`: the figures the server rendered the page with (null when it could not: the browser then reads them). */
export function OverviewView({ isAdmin, first }: { isAdmin: boolean; first: FirstOverview | null }) {
  const { range, from, to, tz, setRange } = useOverviewRange(first?.tz);
  const query = useOverview({ range, from, to, tz }, first);
  useLiveRefresh(queryKeys.overview.all, movesFigures, 3_000);
  const t = useTranslations("overview");
  const locale = useLocale();
  const fieldErrorsOf = useFieldErrors();
  const overview = query.data;
  const fieldErrors = query.error instanceof ApiClientError ? fieldErrorsOf(query.error) : {};
  const badDays =
    fieldErrors.from ?? fieldErrors.to ?? (range === "custom" && !(from && to) ? t("chooseDays") : undefined);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={overview ? rangeText(overview, locale) : t("description")}
        actions={
          <RangePicker
            range={range}
            from={from}
            to={to}
            errors={{ from: fieldErrors.from, to: fieldErrors.to }}
            onChange={(change) => void setRange(change)}
          />
        }
      />
      {badDays ? (
        <Card>
          <EmptyState
            icon={CalendarX2}
            title={t("badDaysTitle")}
            description={fieldErrors.from || fieldErrors.to ? t("correctDays") : badDays}
          />
        </Card>
      ) : query.isError ? (
        <Card>
          <LoadError title={t("loadFailed")} query={query} />
        </Card>
      ) : !overview ? (
        <OverviewSkeleton />
      ) : overview.connections.length === 0 ? (
        <NoConnections isAdmin={isAdmin} />
      ) : (
        <Figures overview={overview} updating={query.isPlaceholderData} />
      )}
    </>
  );
}
