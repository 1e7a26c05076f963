import type { Address, Order } from "@/lib/domain/order";
import { DetailSection } from "./detail-section";
import { addressLines } from "./format";

/** The customer, and where the parcel goes and the invoice is addressed. */
export function CustomerSection({ order }: { order: Order }) {
  const { customer } = order;
  return (
    <DetailSection title="Customer">
      <div className="grid gap-1">
        <p className="font-medium">{customer.name ?? <span className="text-muted">No name given</span>}</p>
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
      <AddressCard title="Shipping address" address={order.shippingAddress} />
      <AddressCard title="Billing address" address={order.billingAddress} />
    </div>
  );
}

function AddressCard({ title, address }: { title: string; address: Address | null }) {
  return (
    <DetailSection title={title}>
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
        <p className="text-muted">The platform gave no {title.toLowerCase()}.</p>
      )}
    </DetailSection>
  );
}
