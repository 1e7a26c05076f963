import { StageBadge as Stage } from "@/components/orders/order-status-badge";
import type { OrderStatus } from "@/lib/domain/order";

/** The normalized stage as the list colours it, with the platform's own status words (and code on hover). */
export function StageBadge({ status }: { status: OrderStatus }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Stage stage={status.stage} />
      <span className="text-muted" title={`Platform status code: ${status.code}`}>
        {status.label}
      </span>
    </span>
  );
}
