"use client";
// How fresh the list is. The list reads Orderdeck's order index, which a sync keeps in step with each platform:
// this says how long ago each shop was read, which shops are still importing (and how far), which could not
// be synced (in the platform's words), names orders a platform sent that could not be read, and offers
// "Sync now".
import { RefreshCw } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { formatExact, formatRelative } from "@/lib/client/format";
import type { ConnectionSyncInfo, OrderListPage, UnreadableOrder } from "@/lib/domain/order-list";

interface Props {
  page: Pick<OrderListPage, "sync" | "unreadable">;
  syncing: boolean;
  onSyncNow: (connectionIds: string[]) => void;
}

const count = new Intl.NumberFormat();

export function SyncStatus({ page, syncing, onSyncNow }: Props) {
  const importing = page.sync.filter((c) => c.phase === "backfill");
  const failing = page.sync.filter((c) => c.lastError !== null);
  const synced = page.sync.filter((c) => c.lastSyncAt !== null);
  const oldest = synced.map((c) => c.lastSyncAt!).sort()[0];
  return (
    <div className="mb-4 grid gap-2">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-[13px] text-muted">
        <details className="group">
          <summary className="cursor-pointer list-none rounded-sm hover:text-fg [&::-webkit-details-marker]:hidden">
            {oldest ? (
              <>
                Synced{" "}
                <time dateTime={oldest} title={formatExact(oldest)}>
                  {formatRelative(oldest)}
                </time>
                {synced.length > 1 ? " or later" : ""}
              </>
            ) : (
              "Not synced yet"
            )}
            <span className="ml-1 underline decoration-dotted underline-offset-2">per shop</span>
          </summary>
          <ul className="mt-1 grid gap-0.5 text-xs" aria-label="Sync per shop">
            {page.sync.map((c) => (
              <li key={c.connectionId}>
                <span className="font-medium text-fg">{c.connectionName}</span>:{" "}
                {c.lastSyncAt ? `read ${formatRelative(c.lastSyncAt)}` : "not read yet"}
                {c.lastError ? " — last attempt failed" : ""}
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
          Sync now
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
  const { connectionName, imported, total } = connection;
  const label = `${connectionName}: importing ${count.format(imported)}${total ? ` of ${count.format(total)}` : ""} orders`;
  return (
    <div className="rounded-lg border border-accent/25 bg-accent-soft px-4 py-2.5 text-[13px] text-accent-soft-fg">
      <p className="font-medium">{label}</p>
      <p className="opacity-90">The list shows what is imported so far; the rest arrives by itself.</p>
      {total ? (
        <div
          role="progressbar"
          aria-label={`${connectionName} import`}
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
  const { connectionName, lastError, lastSyncAt } = connection;
  return (
    <Notice
      tone="danger"
      role="alert"
      label={`${connectionName} could not be synced`}
      title={
        <>
          {connectionName} could not be synced; its orders are as of{" "}
          {lastSyncAt ? <time dateTime={lastSyncAt}>{formatRelative(lastSyncAt)}</time> : "its last import"}.
        </>
      }
      className="flex-wrap"
      action={
        <Button
          variant="secondary"
          size="sm"
          loading={syncing}
          onClick={onRetry}
          aria-label={`Retry ${connectionName}`}
        >
          {syncing ? null : <RefreshCw aria-hidden />}
          Retry
        </Button>
      }
    >
      <p className="mt-0.5 text-[13px] break-words opacity-90">{lastError}</p>
    </Notice>
  );
}

function UnreadableNote({ orders }: { orders: UnreadableOrder[] }) {
  const n = orders.length;
  return (
    <Notice
      tone="warning"
      role="status"
      label="Orders that could not be read"
      title={`${n === 1 ? "1 order" : `${n} orders`} could not be read and ${n === 1 ? "is" : "are"} not listed; the other orders of ${n === 1 ? "its shop are" : "their shops are"}.`}
    >
      <ul className="mt-0.5 text-[13px] break-words opacity-90">
        {orders.map((order) => (
          <li key={`${order.connectionId}/${order.orderId ?? order.message}`}>
            {order.connectionName}
            {order.orderId ? `, order ${order.orderId}` : ""}: {order.message}
          </li>
        ))}
      </ul>
    </Notice>
  );
}
