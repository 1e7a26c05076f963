// The wire shapes of Omnitron's ERP integration API (/api/i1/orders/), exactly as the seed example writes them:
// money as decimal strings (except net_shipping_amount, a number), lower-case currency, string status codes, int ids.

export interface NamedRef {
  id: number;
  name: string;
}

export interface Address {
  email: string;
  phone_number: string;
  first_name: string;
  last_name: string;
  country: { name: string; code: string };
  city: NamedRef;
  line: string;
  title: string;
  township: NamedRef;
  district: NamedRef;
  postcode: string;
  notes: string | null;
  company_name: string;
  tax_office: string;
  tax_no: string;
  e_bill_taxpayer: boolean;
}

export interface Customer {
  email: string;
  first_name: string;
  last_name: string;
  phone_number: string | null;
}

export interface Channel {
  id: number;
  name: string;
  channel_type: string;
}

export interface OrderItem {
  id: number;
  order: number;
  product_sku: string;
  status: string;
  price_currency: string;
  price: string;
  tax_rate: string;
  extra_field: Record<string, unknown>;
  price_list: number;
  stock_list: number;
  cancel_status: string | null;
  invoice_number: string | null;
  invoice_date: string | null;
  e_archive_url: string | null;
  installment_interest_amount: string;
  tracking_number: string | null;
  carrier_shipping_code: string | null;
  shipping_company: string | null;
  shipment_code: string | null;
  external_status: number | null;
  discount_amount: string;
  retail_price: string | null;
  attributes: Record<string, unknown>;
  attributes_kwargs: Record<string, unknown>;
  image: string | null;
}

export interface Order {
  id: number;
  number: string;
  status: string;
  date_placed: string;
  customer: Customer;
  shipping_address: Address;
  billing_address: Address;
  currency: string;
  amount: string;
  shipping_amount: string;
  shipping_tax_rate: string | null;
  extra_field: Record<string, unknown>;
  payment_option: number;
  payment_option_slug: string;
  bin_number: string | null;
  installment: number | null;
  installment_count: number;
  installment_interest_amount: string;
  cargo_company: number;
  invoice_number: string | null;
  invoice_date: string | null;
  e_archive_url: string | null;
  refund_amount: string;
  discount_refund_amount: string;
  shipping_refund_amount: string;
  discount_amount: string;
  is_send: boolean;
  net_shipping_amount: number;
  shipping_interest_amount: string;
  tracking_number: string | null;
  carrier_shipping_code: string | null;
  remote_addr: string;
  has_gift_box: boolean;
  gift_box_note: string | null;
  external_status: number | null;
  orderitem_set: OrderItem[];
  /** The seed's field table lists `channel` but its example omits it: generated orders carry it, the seed records don't. */
  channel?: Channel;
  /** The last save [assumed]: generated orders carry it, the seed's examples only once changed (modified.ts). */
  modified_date?: string;
}

/** Omnitron's order/item status codes (platforms.md section 5), as the strings the API sends. */
export const STATUS_CODES = [
  "50",
  "100",
  "200",
  "300",
  "350",
  "400",
  "450",
  "500",
  "510",
  "520",
  "540",
  "544",
  "545",
  "546",
  "547",
  "550",
  "600",
] as const;

export type StatusCode = (typeof STATUS_CODES)[number];

export function isStatusCode(value: unknown): value is StatusCode {
  return typeof value === "string" && (STATUS_CODES as readonly string[]).includes(value);
}

export const CANCELLED = "100";
export const REFUNDED = "600";
