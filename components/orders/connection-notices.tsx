"use client";
// What the page says about individual connections: a banner per connection that failed this page (with the
// platform's own message and a retry), a warning naming single orders a platform sent that Orderdeck could not
// read (the rest of that connection is listed), and a quiet note naming connections whose filters Orderdeck
// applied itself because the platform cannot (such pages may hold fewer orders).
import { Filter, RotateCw, TriangleAlert } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { ConnectionListError, OrderListPage, UnreadableOrder } from "@/lib/client/use-orders";
import { isPlatformId, PLATFORM_LABELS } from "@/lib/domain/platform";

const FILTER_LABELS: Record<string, string> = {
  stage: "stage",
  status: "status",
  placedAt: "date",
  q: "search",
  total: "total",
  currency: "currency",
  erp: "sent to ERP",
};

const KIND_TITLES: Record<string, string> = {
  timeout: "did not answer in time",
  rate_limited: "is rate-limiting Orderdeck",
  auth: "refused the stored credentials",
  unavailable: "is unavailable",
  network: "could not be reached",
  bad_response: "sent an answer Orderdeck cannot read",
};

interface Props {
  page: OrderListPage | undefined;
  names: Map<string, string>;
  retrying: boolean;
  onRetry: () => void;
}

export function ConnectionNotices({ page, names, retrying, onRetry }: Props) {
  if (!page || (page.errors.length === 0 && page.unreadable.length === 0 && page.filteredHere.length === 0)) return null;
  const filtered = page.filteredHere.filter((entry) => !page.errors.some((e) => e.connectionId === entry.connectionId));
  return (
    <div className="mb-4 grid gap-2">
      {page.errors.map((error) => (
        <ErrorBanner key={error.connectionId} error={error} retrying={retrying} onRetry={onRetry} />
      ))}
      {page.unreadable.length > 0 ? <UnreadableNote orders={page.unreadable} /> : null}
      {filtered.length > 0 ? (
        <p
          className="flex items-start gap-2 text-[13px] text-muted"
          title="These platforms cannot apply some of the filters themselves, so Orderdeck reads their orders and filters them here. Their pages may hold fewer orders."
        >
          <Filter aria-hidden className="mt-0.5 size-3.5 shrink-0" />
          <span>
            Filtered in Orderdeck for{" "}
            {filtered.map((entry, i) => (
              <span key={entry.connectionId}>
                {i > 0 ? ", " : ""}
                <span className="font-medium text-fg">{names.get(entry.connectionId) ?? "a removed connection"}</span> (
                {entry.filters.map((f) => FILTER_LABELS[f] ?? f).join(", ")})
              </span>
            ))}
          </span>
        </p>
      ) : null}
    </div>
  );
}

function ErrorBanner({
  error,
  retrying,
  onRetry,
}: {
  error: ConnectionListError;
  retrying: boolean;
  onRetry: () => void;
}) {
  const platform = isPlatformId(error.platform) ? PLATFORM_LABELS[error.platform] : error.platform;
  const what = KIND_TITLES[error.kind] ?? "could not be read";
  return (
    <div
      role="alert"
      aria-label={`${error.connectionName} failed`}
      className="flex flex-wrap items-start gap-3 rounded-lg border border-danger/30 bg-danger-soft px-4 py-3 text-danger-soft-fg"
    >
      <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
      <div className="min-w-0 flex-1">
        <p className="font-medium">
          {error.connectionName} ({platform}) {what}; its orders are missing from this page.
        </p>
        <p className="mt-0.5 text-[13px] break-words opacity-90">{error.message}</p>
      </div>
      <Button
        variant="secondary"
        size="sm"
        loading={retrying}
        onClick={onRetry}
        aria-label={`Retry ${error.connectionName}`}
      >
        {retrying ? null : <RotateCw aria-hidden />}
        Retry
      </Button>
    </div>
  );
}

function UnreadableNote({ orders }: { orders: UnreadableOrder[] }) {
  const count = orders.length;
  return (
    <div
      role="status"
      aria-label="Orders that could not be read"
      className="flex items-start gap-3 rounded-lg border border-warning-soft-fg/30 bg-warning-soft px-4 py-3 text-warning-soft-fg"
    >
      <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
      <div className="min-w-0 flex-1">
        <p className="font-medium">
          {count === 1 ? "1 order" : `${count} orders`} could not be read and {count === 1 ? "is" : "are"} not listed;
          the other orders of {count === 1 ? "its connection are" : "their connections are"}.
        </p>
        <ul className="mt-0.5 text-[13px] break-words opacity-90">
          {orders.map((order) => (
            <li key={`${order.connectionId}/${order.orderId ?? order.message}`}>
              {order.connectionName}
              {order.orderId ? `, order ${order.orderId}` : ""}: {order.message}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
