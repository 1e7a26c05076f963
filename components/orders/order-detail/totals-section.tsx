import { useLocale, useTranslations } from "next-intl";
import type { Money, Order } from "@/lib/domain/order";
import { DetailSection } from "./detail-section";
import { formatMoney } from "./format";

/** The platform's own figures, as given: nothing here is added up in the browser. */
export function TotalsSection({ order }: { order: Order }) {
  const t = useTranslations("order.totals");
  const locale = useLocale();
  const { totals } = order;
  const rows: { label: string; money: Money | null }[] = [
    { label: t("subtotal"), money: totals.subtotal },
    { label: t("shipping"), money: totals.shipping },
    { label: t("discount"), money: totals.discount },
    { label: t("tax"), money: totals.tax },
  ];
  return (
    <DetailSection title={t("title")}>
      <dl className="grid gap-2 tabular-nums">
        {rows.map((row) => (
          <div key={row.label} className="flex justify-between gap-4">
            <dt className="text-muted">{row.label}</dt>
            <dd>{row.money ? formatMoney(row.money, locale) : <span className="text-muted">—</span>}</dd>
          </div>
        ))}
        <div className="mt-1 flex justify-between gap-4 border-t pt-3 text-base font-semibold">
          <dt>{t("total")}</dt>
          <dd data-testid="order-total">{formatMoney(totals.total, locale)}</dd>
        </div>
      </dl>
    </DetailSection>
  );
}
