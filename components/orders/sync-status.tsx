"use client";
// How fresh the list is. The list reads Orderdeck's order index, which a sync keeps in step with each platform:
// this says how long ago each shop was read, which shops are still importing (and how far), which could not
// be synced (in the platform's words), names orders a platform sent that could not be read, and offers
// "Sync now". Orderdeck's words are translated; a shop's name and what a platform said stay as they are.
import { RefreshCw } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { formatExact, formatRelative } from "@/lib/client/format";
import type { ConnectionSyncInfo, OrderListPage, UnreadableOrder } from "@/lib/domain/order-list";

interface Props {
  page: Pick<OrderListPage, "sync" | "unreadable">;
  syncing: boolean;
  onSyncNow: (connectionIds: string[]) => void;
}

export function SyncStatus({ page, syncing, onSyncNow }: Props) {
  const t = useTranslations("sync");
  const locale = useLocale();
  const ago = (iso: string) => formatRelative(iso, Date.now(), locale);
  const importing = page.sync.filter((c) => c.phase === "backfill");
  const failing = page.sync.filter((c) => c.lastError !== null);
  const synced = page.sync.filter((c) => c.lastSyncAt !== null);
  const oldest = synced.map((c) => c.lastSyncAt!).sort()[0];
  return (
    <div className="mb-4 grid gap-2">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-[13px] text-muted">
        <details className="group">
          <summary className="cursor-pointer list-none rounded-sm hover:text-fg [&::-webkit-details-marker]:hidden">
            {oldest
              ? t.rich(synced.length > 1 ? "syncedOrLater" : "synced", {
                  ago: ago(oldest),
                  time: (chunks) => (
                    <time dateTime={oldest} title={formatExact(oldest, locale)}>
                      {chunks}
                    </time>
                  ),
                })
              : t("notSynced")}
            <span className="ml-1 underline decoration-dotted underline-offset-2">{t("perShop")}</span>
          </summary>
          <ul className="mt-1 grid gap-0.5 text-xs" aria-label={t("perShopLabel")}>
            {page.sync.map((c) => (
              <li key={c.connectionId}>
                {t.rich("shopLine", {
                  name: c.connectionName,
                  read: c.lastSyncAt ? "yes" : "no",
                  ago: c.lastSyncAt ? ago(c.lastSyncAt) : "",
                  failed: c.lastError ? "yes" : "no",
                  shop: (chunks) => <span className="font-medium text-fg">{chunks}</span>,
                })}
              </li>
            ))}
          </ul>
        </details>
        <Button
          variant="ghost"
          size="sm"
          loading={syncing}
          onClick={() => onSyncNow(page.sync.map((c) => c.connectionId))}
          className="text-muted"
        >
          {syncing ? null : <RefreshCw aria-hidden />}
          {t("syncNow")}
        </Button>
      </div>
      {importing.map((c) => (
        <ImportProgress key={c.connectionId} connection={c} />
      ))}
      {failing.map((c) => (
        <SyncFailure
          key={c.connectionId}
          connection={c}
          syncing={syncing}
          onRetry={() => onSyncNow([c.connectionId])}
        />
      ))}
      {page.unreadable.length > 0 ? <UnreadableNote orders={page.unreadable} /> : null}
    </div>
  );
}

function ImportProgress({ connection }: { connection: ConnectionSyncInfo }) {
  const t = useTranslations("sync");
  const { connectionName, imported, total } = connection;
  const label = total
    ? t("importingOf", { name: connectionName, imported, total })
    : t("importing", { name: connectionName, imported });
  return (
    <div className="rounded-lg border border-accent/25 bg-accent-soft px-4 py-2.5 text-[13px] text-accent-soft-fg">
      <p className="font-medium">{label}</p>
      <p className="opacity-90">{t("importHint")}</p>
      {total ? (
        <div
          role="progressbar"
          aria-label={t("importLabel", { name: connectionName })}
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={Math.min(imported, total)}
          className="mt-2 h-1.5 overflow-hidden rounded-full bg-accent/15"
        >
          <div className="h-full bg-accent" style={{ width: `${Math.min(100, (imported / total) * 100)}%` }} />
        </div>
      ) : null}
    </div>
  );
}

function SyncFailure({
  connection,
  syncing,
  onRetry,
}: {
  connection: ConnectionSyncInfo;
  syncing: boolean;
  onRetry: () => void;
}) {
  const t = useTranslations("sync");
  const locale = useLocale();
  const { connectionName, lastError, lastSyncAt } = connection;
  return (
    <Notice
      tone="danger"
      role="alert"
      label={t("failedLabel", { name: connectionName })}
      title={
        lastSyncAt
          ? t.rich("failedAsOf", {
              name: connectionName,
              ago: formatRelative(lastSyncAt, Date.now(), locale),
              time: (chunks) => <time dateTime={lastSyncAt}>{chunks}</time>,
            })
          : t("failedAsOfImport", { name: connectionName })
      }
      className="flex-wrap"
      action={
        <Button
          variant="secondary"
          size="sm"
          loading={syncing}
          onClick={onRetry}
          aria-label={t("retryLabel", { name: connectionName })}
        >
          {syncing ? null : <RefreshCw aria-hidden />}
          {t("retry")}
        </Button>
      }
    >
      {/* The platform's own words (or Orderdeck's, from the server). */}
      <p className="mt-0.5 text-[13px] break-words opacity-90">{lastError}</p>
    </Notice>
  );
}

function UnreadableNote({ orders }: { orders: UnreadableOrder[] }) {
  const t = useTranslations("sync");
  return (
    <Notice
      tone="warning"
      role="status"
      label={t("unreadableLabel")}
      title={t("unreadableTitle", { count: orders.length })}
    >
      <ul className="mt-0.5 text-[13px] break-words opacity-90">
        {orders.map((order) => (
          <li key={`${order.connectionId}/${order.orderId ?? order.message}`}>
            {order.orderId
              ? t("unreadableOrder", { shop: order.connectionName, orderId: order.orderId, message: order.message })
              : t("unreadableShop", { shop: order.connectionName, message: order.message })}
          </li>
        ))}
      </ul>
    </Notice>
  );
}
