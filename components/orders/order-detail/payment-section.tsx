import type { Order } from "@/lib/domain/order";
import { DetailSection, Facts } from "./detail-section";
import { formatMoney } from "./format";

export function PaymentSection({ order }: { order: Order }) {
  const { payment } = order;
  return (
    <DetailSection title="Payment">
      <Facts
        items={[
          { label: "Status", value: payment.status?.label ?? null },
          { label: "Method", value: payment.method },
          {
            label: "Amount paid",
            value: payment.paid ? <span className="tabular-nums">{formatMoney(payment.paid)}</span> : null,
          },
          {
            label: "Reference",
            value: payment.reference ? <span className="font-mono text-[13px]">{payment.reference}</span> : null,
          },
        ]}
      />
    </DetailSection>
  );
}
