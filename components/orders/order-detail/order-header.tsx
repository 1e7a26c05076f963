"use client";
import { ArrowLeft, ChevronLeft, ChevronRight, Printer, RotateCw } from "lucide-react";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { PlatformIcon, PlatformLabel } from "@/components/connections/platform-icon";
import { StageBadge } from "@/components/orders/order-status-badge";
import { Button, buttonClasses } from "@/components/ui/button";
import { cn } from "@/lib/client/cn";
import { formatDateTime, formatExact } from "@/lib/client/format";
import type { OrderDetail } from "@/lib/client/use-order";
import { orderHref, useListNeighbours } from "./list-neighbours";

interface Props {
  detail: OrderDetail;
  refreshing: boolean;
  onRefresh: () => void;
}

/** The order's number, where it comes from, when it was placed, its state, and the list around it. */
export function OrderHeader({ detail, refreshing, onRefresh }: Props) {
  const t = useTranslations("order.header");
  const common = useTranslations("common");
  const locale = useLocale();
  const { order, connection } = detail;
  const { previous, next } = useListNeighbours({ connectionId: connection.id, orderId: order.id });
  return (
    <header className="grid gap-4">
      <div className="od-print-hide flex flex-wrap items-center justify-between gap-2">
        <Link href="/orders" className={cn(buttonClasses("ghost", "sm"), "-ml-2.5 text-muted")}>
          <ArrowLeft aria-hidden />
          {t("orders")}
        </Link>
        <nav aria-label={t("listNav")} className="flex items-center gap-1">
          <Neighbour href={previous ? orderHref(previous) : null} label={t("previous")} icon="previous" />
          <Neighbour href={next ? orderHref(next) : null} label={t("next")} icon="next" />
          <Button variant="ghost" size="sm" onClick={onRefresh} loading={refreshing} aria-label={t("reloadLabel")}>
            {refreshing ? null : <RotateCw aria-hidden />}
            <span className="hidden sm:inline">{common("reload")}</span>
          </Button>
          <Button variant="ghost" size="sm" onClick={() => window.print()} aria-label={t("printLabel")}>
            <Printer aria-hidden />
            <span className="hidden sm:inline">{t("print")}</span>
          </Button>
        </nav>
      </div>
      <div className="flex flex-wrap items-start justify-between gap-x-6 gap-y-3">
        <div className="min-w-0">
          <h1 className="od-print-number text-2xl font-semibold tracking-tight tabular-nums">
            {t("title", { number: order.number })}
          </h1>
          <p className="mt-1.5 flex flex-wrap items-center gap-x-3 gap-y-1 text-muted">
            <span className="inline-flex items-center gap-1.5 text-fg">
              <PlatformIcon platform={connection.platform} className="size-4" />
              <span>{connection.name}</span>
              <span className="text-muted">
                · <PlatformLabel platform={connection.platform} />
              </span>
            </span>
            <span>
              {t.rich("placed", {
                date: formatDateTime(order.placedAt, locale),
                time: (date) => (
                  <time dateTime={order.placedAt} title={formatExact(order.placedAt, locale)}>
                    {date}
                  </time>
                ),
              })}
            </span>
          </p>
        </div>
        <div>
          <StageBadge status={order.status} />
        </div>
      </div>
    </header>
  );
}

function Neighbour({ href, label, icon }: { href: string | null; label: string; icon: "previous" | "next" }) {
  const t = useTranslations("order.header");
  const Icon = icon === "previous" ? ChevronLeft : ChevronRight;
  if (!href) {
    return (
      <span
        aria-disabled="true"
        title={t("notInList", { label })}
        className={cn(buttonClasses("ghost", "icon-sm"), "pointer-events-none opacity-40")}
      >
        <Icon aria-hidden />
        <span className="sr-only">{t("none", { label })}</span>
      </span>
    );
  }
  return (
    <Link href={href} aria-label={label} title={label} className={buttonClasses("ghost", "icon-sm")}>
      <Icon aria-hidden />
    </Link>
  );
}
