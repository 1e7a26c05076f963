// The neutral order: what every adapter maps its platform's payload into, and all the pages ever see.
// Money is decimal strings with an upper-case ISO currency (never floats); dates are ISO-8601 UTC;
// ids are strings. Both worlds are kept: a normalized stage for filters and colour, and the platform's
// own status code and label, shown as-is.
import type { PlatformId } from "./platform";

export const STAGES = [
  "pending",
  "processing",
  "shipped",
  "delivered",
  "completed",
  "cancelled",
  "returned",
  "exception",
] as const;
export type Stage = (typeof STAGES)[number];

export interface Money {
  /** A decimal string with the platform's precision, e.g. "1299.90" or "-5.00". */
  amount: string;
  /** ISO 4217, upper-case. */
  currency: string;
}

export interface OrderStatus {
  /** The platform's own code, as sent (e.g. "awaiting", "550", "in_collection", a Retailys status id). */
  code: string;
  /** The platform's own label when it has one (else a readable form of the code). */
  label: string;
  stage: Stage;
}

export interface Address {
  name: string | null;
  company: string | null;
  line1: string | null;
  line2: string | null;
  city: string | null;
  region: string | null;
  postalCode: string | null;
  /** ISO 3166-1 alpha-2, upper-case, when known. */
  countryCode: string | null;
  country: string | null;
  phone: string | null;
  email: string | null;
}

export interface OrderLine {
  id: string;
  sku: string | null;
  ean: string | null;
  name: string;
  variant: string | null;
  quantity: number;
  unitPrice: Money | null;
  /** Tax rate in percent as a decimal string ("19", "18.00"). */
  taxRate: string | null;
  taxAmount: Money | null;
  total: Money | null;
  /** Item-level status, where the platform has one (Akinon). */
  status: OrderStatus | null;
  imageUrl: string | null;
  productUrl: string | null;
}

export interface TrackingNumber {
  number: string;
  carrier: string | null;
  /** A link to the carrier's tracking page, when the carrier is known. */
  url: string | null;
}

export interface OrderNote {
  id: string | null;
  at: string | null;
  author: string | null;
  text: string;
}

/** Platform-specific facts the detail page shows in their own section; each adapter fills what it has. */
export interface OrderExtras {
  tags?: string[];
  internalNotes?: OrderNote[];
  history?: OrderNote[];
  /** Omnitron: whether the ERP has taken the order (`is_send`). */
  sentToErp?: boolean;
  cancellationPlans?: { id: string; status: string; type: string; lineIds: string[]; refund: Money | null }[];
  /** Anything else worth a label: value row (e.g. channel, gift box note). */
  facts?: { label: string; value: string }[];
}

export interface Order {
  /** Orderdeck's connection this order came through. */
  connectionId: string;
  platform: PlatformId;
  /** The platform's id for the order (what its API takes in URLs). */
  id: string;
  /** The order number people see and search for (may equal id). */
  number: string;
  placedAt: string;
  updatedAt: string | null;
  status: OrderStatus;
  payment: {
    status: { code: string; label: string } | null;
    method: string | null;
    paid: Money | null;
    reference: string | null;
  };
  customer: { name: string | null; email: string | null; phone: string | null };
  shippingAddress: Address | null;
  billingAddress: Address | null;
  lines: OrderLine[];
  /** The number of lines, also when a list page did not load them. */
  lineCount: number;
  totals: {
    subtotal: Money | null;
    shipping: Money | null;
    discount: Money | null;
    tax: Money | null;
    total: Money;
  };
  shipping: { method: string | null; carrier: string | null; tracking: TrackingNumber[] };
  invoice: { number: string | null; url: string | null; date: string | null } | null;
  extras: OrderExtras;
  /** The platform's payload as received, for the "raw data" section. */
  raw: unknown;
}

/** What the list shows of an order (see OrderSummary). */
const SUMMARY_FIELDS = [
  "connectionId",
  "platform",
  "id",
  "number",
  "placedAt",
  "updatedAt",
  "status",
  "payment",
  "customer",
  "lineCount",
  "totals",
  "shipping",
] as const satisfies readonly (keyof Order)[];

/**
 * An order as the list shows it: without line items, addresses, extras or the raw payload (the detail has
 * them). A 50-order page is about a fifth of the full orders' size, so it serializes, travels and parses fast.
 */
export type OrderSummary = Pick<Order, (typeof SUMMARY_FIELDS)[number]>;

export function summarizeOrder(order: Order): OrderSummary {
  return Object.fromEntries(SUMMARY_FIELDS.map((field) => [field, order[field]])) as OrderSummary;
}
