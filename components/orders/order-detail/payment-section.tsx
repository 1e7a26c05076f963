import { useLocale, useTranslations } from "next-intl";
import type { Order } from "@/lib/domain/order";
import { DetailSection, Facts } from "./detail-section";
import { formatMoney } from "./format";

export function PaymentSection({ order }: { order: Order }) {
  const t = useTranslations("order.payment");
  const locale = useLocale();
  const { payment } = order;
  return (
    <DetailSection title={t("title")}>
      <Facts
        items={[
          { label: t("status"), value: payment.status?.label ?? null },
          { label: t("method"), value: payment.method },
          {
            label: t("paid"),
            value: payment.paid ? <span className="tabular-nums">{formatMoney(payment.paid, locale)}</span> : null,
          },
          {
            label: t("reference"),
            value: payment.reference ? <span className="font-mono text-[13px]">{payment.reference}</span> : null,
          },
        ]}
      />
    </DetailSection>
  );
}
