import { useTranslations } from "next-intl";
import type { Address, Order } from "@/lib/domain/order";
import { DetailSection } from "./detail-section";
import { addressLines } from "./format";

/** The customer, and where the parcel goes and the invoice is addressed. */
export function CustomerSection({ order }: { order: Order }) {
  const t = useTranslations("order.customer");
  const { customer } = order;
  return (
    <DetailSection title={t("title")}>
      <div className="grid gap-1">
        <p className="font-medium">{customer.name ?? <span className="text-muted">{t("noName")}</span>}</p>
        {customer.email ? (
          <a href={`mailto:${customer.email}`} className="w-fit text-accent-soft-fg hover:underline">
            {customer.email}
          </a>
        ) : null}
        {customer.phone ? (
          <a href={`tel:${customer.phone}`} className="w-fit hover:underline">
            {customer.phone}
          </a>
        ) : null}
      </div>
    </DetailSection>
  );
}

export function AddressesSection({ order }: { order: Order }) {
  return (
    <div className="od-print-addresses grid gap-6 sm:grid-cols-2 md:col-span-2 xl:col-span-1 xl:grid-cols-1">
      <AddressCard kind="shipping" address={order.shippingAddress} />
      <AddressCard kind="billing" address={order.billingAddress} />
    </div>
  );
}

function AddressCard({ kind, address }: { kind: "shipping" | "billing"; address: Address | null }) {
  const t = useTranslations("order.addresses");
  return (
    <DetailSection title={t(`${kind}.title`)}>
      {address ? (
        <address className="grid gap-0.5 not-italic">
          {address.name ? <span className="font-medium">{address.name}</span> : null}
          {addressLines(address).map((line) => (
            <span key={line}>{line}</span>
          ))}
          {address.phone ? <span className="mt-1 text-muted">{address.phone}</span> : null}
          {address.email ? <span className="text-muted">{address.email}</span> : null}
        </address>
      ) : (
        <p className="text-muted">{t(`${kind}.none`)}</p>
      )}
    </DetailSection>
  );
}
