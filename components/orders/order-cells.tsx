"use client";
// The order table's cells: plain functions the table calls while rendering a row (see data-table.tsx), not
// components, so 100 rows cost 100 row components rather than 1,100; they must not use hooks. Rows are
// memoized, so a checkbox or the keyboard's highlight re-renders one row's cells only. They stay light: the
// exact time is a title filled on first hover (use-exact-time-titles.ts), no popovers. The interface's language
// reaches them from the columns (orders-columns.tsx builds them once per language), not from a hook.
import type { useTranslations } from "next-intl";
import { PlatformIcon } from "@/components/connections/platform-icon";
import { usePlatformMark } from "@/lib/client/platform-marks";
import { formatDateTime } from "@/lib/client/format";
import { formatMoney, orderHref } from "@/lib/client/order-format";
import type { OrderListItem } from "@/lib/client/use-orders";
import { OrderStatusBadge } from "./order-status-badge";
import { NewTabLink } from "@/components/ui/new-tab-link";

/** The `orders` messages and the locale for dates and money. */
export interface CellIntl {
  t: ReturnType<typeof useTranslations<"orders">>;
  locale: string;
}

type Props = { order: OrderListItem };
const muted = <span className="text-muted">—</span>;

export function ConnectionCell({ order, name }: Props & { name: string }) {
  const platform = usePlatformMark(order.platform);
  return (
    <span className="flex max-w-32 items-center gap-2" title={`${name} · ${platform.label}`}>
      <PlatformIcon platform={order.platform} className="size-4" />
      <span className="truncate text-muted">{name}</span>
    </span>
  );
}

export function NumberCell({ order, intl }: Props & { intl: CellIntl }) {
  return (
    // A plain link the table turns into a client-side navigation (see use-client-links.ts).
    <a
      href={orderHref(order.connectionId, order.id)}
      data-client-link=""
      data-order-link=""
      aria-label={intl.t("orderLink", { number: order.number })}
      className="whitespace-nowrap rounded font-medium text-fg underline-offset-4 outline-none hover:underline focus-visible:ring-2 focus-visible:ring-ring"
    >
      {order.number}
    </a>
  );
}

export function PlacedCell({ order, intl }: Props & { intl: CellIntl }) {
  return (
    <time dateTime={order.placedAt} data-exact-time="" className="whitespace-nowrap">
      {formatDateTime(order.placedAt, intl.locale)}
    </time>
  );
}

export function CustomerCell({ order }: Props) {
  const { name, email } = order.customer;
  if (!name && !email) return muted;
  return (
    <div className="max-w-44 min-w-28" title={[name, email].filter(Boolean).join(" · ")}>
      <div className="truncate">{name ?? email}</div>
      {name && email ? <div className="truncate text-xs text-muted">{email}</div> : null}
    </div>
  );
}

export function TotalCell({ order, intl }: Props & { intl: CellIntl }) {
  return <span className="whitespace-nowrap font-medium">{formatMoney(order.totals.total, intl.locale)}</span>;
}

export function PaymentCell({ order }: Props) {
  const { status, method } = order.payment;
  return status ? (
    <span className="whitespace-nowrap" title={method ?? undefined}>
      {status.label}
    </span>
  ) : (
    muted
  );
}

export function StatusCell({ order }: Props) {
  return <OrderStatusBadge status={order.status} className="max-w-36" />;
}

export function TrackingCell({ order }: Props) {
  const [first, ...more] = order.shipping.tracking;
  if (!first) return muted;
  const title = [first, ...more].map((t) => [t.carrier, t.number].filter(Boolean).join(" ")).join("\n");
  return (
    <span className="flex items-center gap-1.5 whitespace-nowrap text-[13px]" title={title}>
      <NewTabLink href={first.url} className="font-mono text-accent-soft-fg hover:underline" plainClassName="font-mono">
        {first.number}
      </NewTabLink>
      {more.length > 0 ? <span className="text-xs text-muted">+{more.length}</span> : null}
    </span>
  );
}
