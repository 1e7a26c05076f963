// The wire shapes of Akinon Seller Center's four resources, key for key in the seed's order,
// plus the records the sandbox stores them in.

/** A decimal string with two places, e.g. "629.00" (Django REST Framework DecimalField). */
export type DecimalString = string;
/** An ISO-8601 UTC datetime as DRF renders it, e.g. "2019-01-01T00:00:00Z". */
export type DateTimeString = string;

export interface OrderWire {
  id: string;
  number: string;
  datasource: string;
  shipping_address: string;
  billing_address: string;
  date_placed: DateTimeString;
  status: number;
  currency: string;
  amount: DecimalString;
  discount_amount: DecimalString;
  shipping_amount: DecimalString;
  shipping_tax_rate: DecimalString | null;
  refund_amount: DecimalString;
  discount_refund_amount: DecimalString;
  shipping_refund_amount: DecimalString;
  invoice_number: string | null;
  invoice_date: DateTimeString | null;
  e_archive_url: string | null;
  tracking_number: string | null;
  shipping_company: string | null;
  cargo_company: string | null;
  has_gift_box: boolean;
  gift_box_note: string | null;
  language_code: string | null;
  notes: string | null;
  delivery_range: DateTimeString | null;
  shipping_option_slug: string | null;
  extra_field: Record<string, unknown>;
  cancel_status: string | null;
  shipping_interest_amount: DecimalString;
}

export interface OrderItemWire {
  id: string;
  order: string;
  sku: string;
  status: number;
  price_currency: string;
  price: DecimalString;
  tax_rate: DecimalString;
  invoice_number: string | null;
  invoice_date: DateTimeString | null;
  e_archive_url: string | null;
  tracking_number: string | null;
  shipping_company: string | null;
  retail_price: DecimalString | null;
  extra_field: Record<string, unknown>;
  estimated_delivery_date: DateTimeString | null;
  discount_amount: DecimalString;
  shipped_date: DateTimeString | null;
  delivered_date: DateTimeString | null;
  cancel_status: string | null;
}

export interface CancellationPlanWire {
  id: string;
  shipping_refund_amount: DecimalString;
  refund_amount: DecimalString;
  discount_refund_amount: DecimalString;
  status: string;
  plan_type: string;
  invoice_number: string | null;
  payment_plan: Record<string, unknown>;
  order: string;
  order_items: string[];
}

export interface CustomerAddressWire {
  id: string;
  email: string;
  phone_number: string;
  first_name: string;
  last_name: string;
  line: string;
  is_active: boolean;
  postcode: string;
  notes: string | null;
  company_name: string | null;
  tax_office: string | null;
  tax_no: string | null;
  e_bill_taxpayer: boolean;
  identity_number: string | null;
  country: string;
  city: string;
  township: string;
  district: string;
}

/** A stored record: the payload exactly as sent, plus the `created_at`/`updated_at` the filters use.
 *  The seed's payloads do not show those two fields, so they stay internal (never serialized). */
export interface Stored<W> {
  wire: W;
  /** ms since epoch */
  createdAt: number;
  /** ms since epoch */
  updatedAt: number;
}

export interface OrderRecord extends Stored<OrderWire> {
  /** date_placed in ms (it never changes) */
  placedAt: number;
}
export interface ItemRecord extends Stored<OrderItemWire> {
  order: OrderRecord;
}
export interface PlanRecord extends Stored<CancellationPlanWire> {
  order: OrderRecord;
}
export type AddressRecord = Stored<CustomerAddressWire>;
