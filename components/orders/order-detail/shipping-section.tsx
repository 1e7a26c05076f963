import { ExternalLink } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { formatDate, formatExact } from "@/lib/client/format";
import type { Order } from "@/lib/domain/order";
import { DetailSection, Facts } from "./detail-section";
import { NewTabLink } from "@/components/ui/new-tab-link";

export function ShippingSection({ order }: { order: Order }) {
  const t = useTranslations("order.shipping");
  const { shipping } = order;
  return (
    <DetailSection title={t("title")}>
      <Facts
        items={[
          { label: t("method"), value: shipping.method },
          { label: t("carrier"), value: shipping.carrier },
          {
            label: t("tracking"),
            value:
              shipping.tracking.length > 0 ? (
                <ul className="grid gap-1">
                  {shipping.tracking.map((parcel) => (
                    <li key={`${parcel.carrier}:${parcel.number}`} className="flex flex-wrap items-center gap-x-2">
                      {parcel.url ? (
                        <NewTabLink
                          href={parcel.url}
                          className="inline-flex items-center gap-1 font-mono text-[13px] text-accent-soft-fg hover:underline"
                        >
                          {parcel.number}
                          <ExternalLink aria-hidden className="size-3.5" />
                          <span className="sr-only">
                            {parcel.carrier ? t("trackWith", { carrier: parcel.carrier }) : t("trackWithCarrier")}
                          </span>
                        </NewTabLink>
                      ) : (
                        <span className="font-mono text-[13px]">{parcel.number}</span>
                      )}
                      {parcel.carrier ? <span className="text-muted">{parcel.carrier}</span> : null}
                    </li>
                  ))}
                </ul>
              ) : null,
          },
        ]}
      />
    </DetailSection>
  );
}

export function InvoiceSection({ order }: { order: Order }) {
  const t = useTranslations("order.invoice");
  const locale = useLocale();
  const { invoice } = order;
  return (
    <DetailSection title={t("title")}>
      {invoice ? (
        <Facts
          items={[
            {
              label: t("number"),
              value: invoice.number ? <span className="font-mono text-[13px]">{invoice.number}</span> : null,
            },
            {
              label: t("date"),
              value: invoice.date ? (
                <time dateTime={invoice.date} title={formatExact(invoice.date, locale)}>
                  {formatDate(invoice.date, locale)}
                </time>
              ) : null,
            },
            {
              label: t("document"),
              value: invoice.url ? (
                <NewTabLink
                  href={invoice.url}
                  className="inline-flex items-center gap-1 text-accent-soft-fg hover:underline"
                >
                  {t("open")}
                  <ExternalLink aria-hidden className="size-3.5" />
                </NewTabLink>
              ) : null,
            },
          ]}
        />
      ) : (
        <p className="text-muted">{t("none")}</p>
      )}
    </DetailSection>
  );
}
