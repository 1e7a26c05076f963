import { ExternalLink } from "lucide-react";
import { formatDate, formatExact } from "@/lib/client/format";
import type { Order } from "@/lib/domain/order";
import { DetailSection, Facts } from "./detail-section";
import { NewTabLink } from "@/components/ui/new-tab-link";

export function ShippingSection({ order }: { order: Order }) {
  const { shipping } = order;
  return (
    <DetailSection title="Shipping">
      <Facts
        items={[
          { label: "Method", value: shipping.method },
          { label: "Carrier", value: shipping.carrier },
          {
            label: "Tracking",
            value:
              shipping.tracking.length > 0 ? (
                <ul className="grid gap-1">
                  {shipping.tracking.map((t) => (
                    <li key={`${t.carrier}:${t.number}`} className="flex flex-wrap items-center gap-x-2">
                      {t.url ? (
                        <NewTabLink
                          href={t.url}
                          className="inline-flex items-center gap-1 font-mono text-[13px] text-accent-soft-fg hover:underline"
                        >
                          {t.number}
                          <ExternalLink aria-hidden className="size-3.5" />
                          <span className="sr-only">(track with {t.carrier ?? "the carrier"}, opens in a new tab)</span>
                        </NewTabLink>
                      ) : (
                        <span className="font-mono text-[13px]">{t.number}</span>
                      )}
                      {t.carrier ? <span className="text-muted">{t.carrier}</span> : null}
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
  const { invoice } = order;
  return (
    <DetailSection title="Invoice">
      {invoice ? (
        <Facts
          items={[
            {
              label: "Number",
              value: invoice.number ? <span className="font-mono text-[13px]">{invoice.number}</span> : null,
            },
            {
              label: "Date",
              value: invoice.date ? (
                <time dateTime={invoice.date} title={formatExact(invoice.date)}>
                  {formatDate(invoice.date)}
                </time>
              ) : null,
            },
            {
              label: "Document",
              value: invoice.url ? (
                <NewTabLink
                  href={invoice.url}
                  className="inline-flex items-center gap-1 text-accent-soft-fg hover:underline"
                >
                  Open invoice
                  <ExternalLink aria-hidden className="size-3.5" />
                </NewTabLink>
              ) : null,
            },
          ]}
        />
      ) : (
        <p className="text-muted">No invoice yet.</p>
      )}
    </DetailSection>
  );
}
