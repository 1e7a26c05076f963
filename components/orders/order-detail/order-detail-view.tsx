"use client";
import { ArrowLeft, FileQuestion, RotateCw, TriangleAlert } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ApiClientError } from "@/lib/client/api";
import { useErrorText } from "@/lib/client/use-error-text";
import { useOrderChanged } from "@/lib/client/live/use-order-changed";
import { type OrderDetail, useOrder } from "@/lib/client/use-order";
import { usePlatformMark } from "@/lib/client/platform-marks";
import { ActionFailureAlert } from "./action-failure-alert";
import { AddressesSection, CustomerSection } from "./addresses-section";
import { ExtrasSection } from "./extras-section";
import { HistorySection } from "./history-section";
import { LineItemsSection } from "./line-items-section";
import { OrderActions } from "./order-actions";
import { OrderChangedBanner } from "./order-changed-banner";
import { OrderDetailSkeleton } from "./order-detail-skeleton";
import { OrderHeader } from "./order-header";
import { PaymentSection } from "./payment-section";
import { RawDataSection } from "./raw-data-section";
import { InvoiceSection, ShippingSection } from "./shipping-section";
import { TotalsSection } from "./totals-section";
import { useActionRunner } from "./use-action-runner";

export function OrderDetailView({ connectionId, orderId }: { connectionId: string; orderId: string }) {
  const query = useOrder(connectionId, orderId);
  const changed = useOrderChanged(connectionId, orderId, query.data);
  if (query.isPending) return <OrderDetailSkeleton />;
  if (query.isError)
    return <LoadError error={query.error} onRetry={() => query.refetch()} retrying={query.isFetching} />;
  return (
    <>
      <Loaded detail={query.data} refreshing={query.isRefetching} onRefresh={() => query.refetch()} />
      <OrderChangedBanner changed={changed} reloading={query.isRefetching} onReload={() => query.refetch()} />
    </>
  );
}

function Loaded({
  detail,
  refreshing,
  onRefresh,
}: {
  detail: OrderDetail;
  refreshing: boolean;
  onRefresh: () => void;
}) {
  const t = useTranslations("order");
  const { order, actions, connection } = detail;
  const runner = useActionRunner(connection.id, order.id, order.number);
  const platformLabel = usePlatformMark(connection.platform).label;
  useEffect(() => {
    document.title = t("documentTitle", { number: order.number });
  }, [t, order.number]);

  return (
    <div className="od-print-root grid gap-6">
      <OrderHeader detail={detail} refreshing={refreshing} onRefresh={onRefresh} />
      <OrderActions detail={detail} runner={runner} />
      {runner.failure ? <ActionFailureAlert failure={runner.failure} onDismiss={runner.dismissFailure} /> : null}
      <div className="od-print-layout grid items-start gap-6 xl:grid-cols-[minmax(0,1fr)_19rem]">
        <div className="grid min-w-0 gap-6">
          <LineItemsSection order={order} actions={actions} platformLabel={platformLabel} runner={runner} />
          <div className="grid items-start gap-6 md:grid-cols-2">
            <div className="grid gap-6">
              <ShippingSection order={order} />
              <InvoiceSection order={order} />
            </div>
            <TotalsSection order={order} />
          </div>
          <ExtrasSection order={order} />
          <HistorySection connectionId={connection.id} orderId={order.id} />
          <RawDataSection raw={order.raw} platformLabel={platformLabel} />
        </div>
        <div className="od-print-side grid min-w-0 items-start gap-6 md:grid-cols-2 xl:grid-cols-1">
          <CustomerSection order={order} />
          <PaymentSection order={order} />
          <AddressesSection order={order} />
        </div>
      </div>
    </div>
  );
}

function LoadError({ error, onRetry, retrying }: { error: Error; onRetry: () => void; retrying: boolean }) {
  const t = useTranslations("order");
  const errorText = useErrorText();
  const back = (
    <Link href="/orders" className={buttonClasses("secondary")}>
      <ArrowLeft aria-hidden />
      {t("backToOrders")}
    </Link>
  );
  if (error instanceof ApiClientError && error.status === 404) {
    return (
      <Card>
        <EmptyState icon={FileQuestion} title={t("notFound")} description={errorText(error)} action={back} />
      </Card>
    );
  }
  return (
    <Card>
      <EmptyState
        tone="danger"
        icon={TriangleAlert}
        title={t("loadFailed")}
        description={errorText(error)}
        action={
          <>
            {back}
            <Button onClick={onRetry} loading={retrying}>
              {retrying ? null : <RotateCw aria-hidden />}
              {t("retry")}
            </Button>
          </>
        }
      />
    </Card>
  );
}
