// The range's headline figures, each against the previous period: orders (and the shops they came from),
// revenue and average order value per currency (never added across currencies), and the share of orders
// cancelled or returned.
import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { cn } from "@/lib/client/cn";
import { formatMoney } from "@/lib/client/order-format";
import type { Overview } from "@/lib/domain/overview";
import { ChangeBadge } from "./change-badge";
import {
  type CurrencyPair,
  lostShare,
  moneyChange,
  ordersPerConnection,
  perCurrency,
  type PreviousPeriod,
  previousPeriod,
  ratioChange,
  shareChange,
} from "./figures";
import { formatCount, formatPercent } from "./format";

/** Shops named under the orders; more than one beyond them are summed up in a line. */
const SHOPS_SHOWN = 4;

function FigureCard({
  id,
  title,
  note,
  children,
}: {
  id: string;
  title: string;
  note: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card aria-labelledby={id} className="flex flex-col gap-3 p-5">
      <h2 id={id} className="font-medium text-muted">
        {title}
      </h2>
      <div className="grid flex-1 grid-cols-1 content-start gap-1">{children}</div>
      <p className="text-xs text-muted">{note}</p>
    </Card>
  );
}

/** A figure and its change on one line (the change wraps under it when the card is narrow): the card's main
 *  figure large ("money" a size less, amounts are long), the lines after it smaller. */
function FigureLine({ value, size, change }: { value: string; size: "large" | "money" | "small"; change: ReactNode }) {
  return (
    <div className={cn("flex flex-wrap items-baseline gap-x-3", size !== "small" && "mb-1")}>
      <p
        data-figure
        className={cn(
          "font-semibold tabular-nums",
          size === "large" ? "text-2xl tracking-tight" : size === "money" ? "text-xl tracking-tight" : "text-sm",
        )}
      >
        {value}
      </p>
      <span className="ml-auto">{change}</span>
    </div>
  );
}

/** A quiet name–number line under a card's main figure. */
function DetailLine({ label, value }: { label: string; value: string }) {
  return (
    <p className="flex justify-between gap-3 text-[13px]">
      <span className="min-w-0 truncate text-muted">{label}</span>
      <span className="tabular-nums">{value}</span>
    </p>
  );
}

const NoSales = () => <p className="text-2xl font-semibold text-muted">—</p>;

/** Revenue or average order value: one line per currency, the first (most orders) large. */
function CurrencyLines({
  currencies,
  figure,
  against,
}: {
  currencies: CurrencyPair[];
  figure: "revenue" | "averageOrderValue";
  against: string;
}) {
  const locale = useLocale();
  const shown = currencies.filter(({ now }) => now[figure] !== null);
  if (shown.length === 0) return <NoSales />;
  return shown.map(({ now, before }, i) => (
    <FigureLine
      key={now.currency}
      size={i === 0 ? "money" : "small"}
      value={formatMoney({ amount: now[figure] ?? "0", currency: now.currency }, locale)}
      change={<ChangeBadge change={moneyChange(now[figure], before?.[figure])} good="up" against={against} />}
    />
  ));
}

/** "the previous 7 days", in the user's language. */
export function usePeriodName(): (period: PreviousPeriod) => string {
  const t = useTranslations("overview.period");
  return (period) => (period.kind === "previousDays" ? t(period.kind, { days: period.days }) : t(period.kind));
}

export function HeadlineCards({ overview }: { overview: Overview }) {
  const t = useTranslations("overview.figures");
  const locale = useLocale();
  const count = (n: number) => formatCount(n, locale);
  const { current, previous } = overview.figures;
  const against = usePeriodName()(previousPeriod(overview));
  const currencies = perCurrency(current, previous);
  const shops = ordersPerConnection(overview);
  return (
    <div className="grid gap-4 sm:grid-cols-2 min-[85rem]:grid-cols-4">
      <FigureCard
        id="figure-orders"
        title={t("orders")}
        note={t("previousOrders", { count: count(previous.orders), period: against })}
      >
        <FigureLine
          size="large"
          value={count(current.orders)}
          change={<ChangeBadge change={ratioChange(current.orders, previous.orders)} good="up" against={against} />}
        />
        {(shops.length > SHOPS_SHOWN + 1 ? shops.slice(0, SHOPS_SHOWN) : shops).map((shop) => (
          <DetailLine key={shop.id} label={shop.name} value={count(shop.orders)} />
        ))}
        {shops.length > SHOPS_SHOWN + 1 ? (
          <DetailLine
            label={t("moreShops", { count: shops.length - SHOPS_SHOWN })}
            value={count(shops.slice(SHOPS_SHOWN).reduce((n, s) => n + s.orders, 0))}
          />
        ) : null}
      </FigureCard>
      <FigureCard id="figure-revenue" title={t("revenue")} note={t("revenueNote")}>
        <CurrencyLines against={against} currencies={currencies} figure="revenue" />
      </FigureCard>
      <FigureCard id="figure-average" title={t("average")} note={t("averageNote")}>
        <CurrencyLines against={against} currencies={currencies} figure="averageOrderValue" />
      </FigureCard>
      <FigureCard id="figure-lost" title={t("lost")} note={t("lostNote", { count: current.orders })}>
        <FigureLine
          size="large"
          value={current.orders === 0 ? "—" : formatPercent(lostShare(current), locale)}
          change={<ChangeBadge change={shareChange(current, previous)} good="down" against={against} />}
        />
        <DetailLine label={t("cancelled")} value={count(current.cancelled)} />
        <DetailLine label={t("returned")} value={count(current.returned)} />
      </FigureCard>
    </div>
  );
}
