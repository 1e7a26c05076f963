// What needs doing now, whatever the range: orders waiting past their shop's threshold, orders whose last
// action failed, and connections whose sync or health check fails — each linking to the order or connection.
import { CircleCheck, Clock, Plug, TriangleAlert } from "lucide-react";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { formatExact, formatRelative } from "@/lib/client/format";
import { cn } from "@/lib/client/cn";
import { orderHref } from "@/lib/client/order-format";
import type { ActionType } from "@/lib/domain/action";
import type { NeedsAttention as Attention } from "@/lib/domain/overview";
import { formatCount } from "./format";
import { waitingHref } from "./list-links";

const link = "font-medium text-accent-soft-fg underline-offset-2 hover:underline";

function Group({
  id,
  icon: Icon,
  title,
  count,
  children,
}: {
  id: string;
  icon: typeof Clock;
  title: string;
  count: number;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="border-t px-5 py-4">
      <h3 id={id} className="mb-2 flex items-center gap-2 font-medium">
        <Icon aria-hidden className="size-4 text-warning-soft-fg" />
        {title}
        <span className="rounded-full bg-warning-soft px-1.5 text-xs text-warning-soft-fg tabular-nums">
          {formatCount(count)}
        </span>
      </h3>
      {children}
    </section>
  );
}

function When({ iso }: { iso: string }) {
  const locale = useLocale();
  return (
    <time dateTime={iso} title={formatExact(iso, locale)} className="shrink-0 whitespace-nowrap text-xs text-muted">
      {formatRelative(iso, Date.now(), locale)}
    </time>
  );
}

/** An order (or connection) to look at: its link and when, then where it is and what went wrong. */
function Item({
  href,
  title,
  at,
  detail,
  message,
}: {
  href: string;
  title: string;
  at?: string;
  detail: string;
  message?: string | null;
}) {
  return (
    <li>
      <div className="flex items-baseline justify-between gap-3">
        <Link className={cn(link, "min-w-0 truncate")} href={href}>
          {title}
        </Link>
        {at ? <When iso={at} /> : null}
      </div>
      <p className="truncate text-muted">{detail}</p>
      {message ? <p className="mt-0.5 line-clamp-2 text-danger-soft-fg">{message}</p> : null}
    </li>
  );
}

export function NeedsAttention({ attention }: { attention: Attention }) {
  const t = useTranslations("overview.attention");
  const stageName = useTranslations("stages");
  const locale = useLocale();
  const count = (n: number) => formatCount(n, locale);
  const actions = useTranslations("actions.type");
  // The failed action by its type ("Create invoice"), or its recorded code when it is not one of Orderdeck's.
  const failedWhat = (type: string | null, source: string) => {
    const action = !type ? t("action") : actions.has(type as ActionType) ? actions(type as ActionType) : type;
    return source === "bulk" ? t("inBulk", { action }) : action;
  };
  const { waiting, failedActions, connections } = attention;
  const nothing = waiting.total === 0 && failedActions.total === 0 && connections.length === 0;
  return (
    <Card aria-labelledby="attention-title">
      <CardHeader className="pb-4">
        <div>
          <CardTitle id="attention-title">{t("title")}</CardTitle>
          <CardDescription>{t("description")}</CardDescription>
        </div>
      </CardHeader>
      {nothing ? (
        <p className="flex items-center gap-2 border-t px-5 py-4 text-muted">
          <CircleCheck aria-hidden className="size-4 text-success-soft-fg" />
          {t("nothing")}
        </p>
      ) : null}
      {waiting.total > 0 ? (
        <Group id="attention-waiting" icon={Clock} title={t("waiting")} count={waiting.total}>
          <p className="mb-2 text-[13px] text-muted">{t("waitingHint")}</p>
          <ul aria-label={t("perConnection")} className="mb-3 grid grid-cols-1 gap-1 text-[13px]">
            {waiting.perConnection.map((c) => (
              <li key={c.connectionId} className="flex items-baseline justify-between gap-3">
                <Link
                  className={cn(link, "min-w-0 truncate")}
                  href={waitingHref(c.connectionId, c.placedBefore)}
                  aria-label={t("waitingLink", { count: c.orders, name: c.connectionName, hours: count(c.hours) })}
                >
                  {c.connectionName}
                </Link>
                <span className="shrink-0 tabular-nums">
                  {count(c.orders)} <span className="text-xs text-muted">{t("over", { hours: count(c.hours) })}</span>
                </span>
              </li>
            ))}
          </ul>
          <ul aria-label={t("longest")} className="grid grid-cols-1 gap-2 text-[13px]">
            {waiting.oldest.map((o) => (
              <Item
                key={`${o.connectionId}/${o.orderId}`}
                href={orderHref(o.connectionId, o.orderId)}
                title={t("order", { number: o.number })}
                at={o.placedAt}
                detail={`${o.connectionName} · ${stageName(o.stage)}`}
              />
            ))}
          </ul>
        </Group>
      ) : null}
      {failedActions.total > 0 ? (
        <Group id="attention-failed" icon={TriangleAlert} title={t("failed")} count={failedActions.total}>
          <ul className="grid grid-cols-1 gap-2 text-[13px]">
            {failedActions.latest.map((f) => (
              <Item
                key={`${f.connectionId}/${f.orderId}`}
                href={orderHref(f.connectionId, f.orderId)}
                title={t("order", { number: f.number })}
                at={f.at}
                detail={`${f.connectionName} · ${failedWhat(f.action, f.source)}`}
                message={f.message}
              />
            ))}
          </ul>
          {failedActions.total > failedActions.latest.length ? (
            <p className="mt-2 text-xs text-muted">
              {t("latest", {
                shown: count(failedActions.latest.length),
                total: count(failedActions.total),
                days: failedActions.sinceDays,
              })}
            </p>
          ) : null}
        </Group>
      ) : null}
      {connections.length > 0 ? (
        <Group id="attention-connections" icon={Plug} title={t("connections")} count={connections.length}>
          <ul className="grid grid-cols-1 gap-2 text-[13px]">
            {connections.map((c) => (
              <li key={c.connectionId}>
                <Link className={link} href="/connections">
                  {c.connectionName}
                </Link>
                {c.sync ? (
                  <p className="mt-0.5 line-clamp-2 text-muted">{t("syncFailed", { message: c.sync.message })}</p>
                ) : null}
                {c.health ? (
                  <p className="mt-0.5 line-clamp-2 text-muted">{t("checkFailed", { message: c.health.message })}</p>
                ) : null}
              </li>
            ))}
          </ul>
        </Group>
      ) : null}
    </Card>
  );
}
