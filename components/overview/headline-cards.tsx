// The range's headline figures, each against the previous period: orders (and the shops they came from),
// revenue and average order value per currency (never added across currencies), and the share of orders
// cancelled or returned.
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
  previousPeriodName,
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
  const shown = currencies.filter(({ now }) => now[figure] !== null);
  if (shown.length === 0) return <NoSales />;
  return shown.map(({ now, before }, i) => (
    <FigureLine
      key={now.currency}
      size={i === 0 ? "money" : "small"}
      value={formatMoney({ amount: now[figure] ?? "0", currency: now.currency })}
      change={<ChangeBadge change={moneyChange(now[figure], before?.[figure])} good="up" against={against} />}
    />
  ));
}

export function HeadlineCards({ overview }: { overview: Overview }) {
  const { current, previous } = overview.figures;
  const against = previousPeriodName(overview);
  const currencies = perCurrency(current, previous);
  const shops = ordersPerConnection(overview);
  return (
    <div className="grid gap-4 sm:grid-cols-2 min-[85rem]:grid-cols-4">
      <FigureCard id="figure-orders" title="Orders" note={`${formatCount(previous.orders)} in ${against}`}>
        <FigureLine
          size="large"
          value={formatCount(current.orders)}
          change={<ChangeBadge change={ratioChange(current.orders, previous.orders)} good="up" against={against} />}
        />
        {(shops.length > SHOPS_SHOWN + 1 ? shops.slice(0, SHOPS_SHOWN) : shops).map((shop) => (
          <DetailLine key={shop.id} label={shop.name} value={formatCount(shop.orders)} />
        ))}
        {shops.length > SHOPS_SHOWN + 1 ? (
          <DetailLine
            label={`${shops.length - SHOPS_SHOWN} more shops`}
            value={formatCount(shops.slice(SHOPS_SHOWN).reduce((n, s) => n + s.orders, 0))}
          />
        ) : null}
      </FigureCard>
      <FigureCard id="figure-revenue" title="Revenue" note="Per currency; cancelled and returned orders left out">
        <CurrencyLines against={against} currencies={currencies} figure="revenue" />
      </FigureCard>
      <FigureCard id="figure-average" title="Average order value" note="Per currency, of the orders counted in revenue">
        <CurrencyLines against={against} currencies={currencies} figure="averageOrderValue" />
      </FigureCard>
      <FigureCard
        id="figure-lost"
        title="Cancelled or returned"
        note={`Share of the ${formatCount(current.orders)} orders`}
      >
        <FigureLine
          size="large"
          value={current.orders === 0 ? "—" : formatPercent(lostShare(current))}
          change={<ChangeBadge change={shareChange(current, previous)} good="down" against={against} />}
        />
        <DetailLine label="Cancelled" value={formatCount(current.cancelled)} />
        <DetailLine label="Returned" value={formatCount(current.returned)} />
      </FigureCard>
    </div>
  );
}
