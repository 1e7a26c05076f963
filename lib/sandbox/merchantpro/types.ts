// MerchantPro's order as it travels on the wire (API v2): snake_case keys, money as JSON floats.
// Type aliases (not interfaces) so that full orders are assignable to the open OrderRecord shape.
// Independent reading of platforms.md §2 (statuses, wire fields); the adapter keeps its own on purpose.

export const PAYMENT_STATUSES = [
  "temporary",
  "awaiting",
  "paid",
  "failed",
  "cancelled",
  "refunded",
  "rejected",
] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

export const SHIPPING_STATUSES = [
  "temporary",
  "awaiting",
  "confirmed",
  "in_process",
  "shipped",
  "delivered",
  "returned",
  "cancelled",
] as const;
export type ShippingStatus = (typeof SHIPPING_STATUSES)[number];

export interface VariantOption {
  id: number;
  name: string;
  value: string;
}

export type LineItem = {
  item_type: "product" | "promo_cart" | "promo_product" | "discount" | "coupon";
  product_id: number | null;
  variant_id: number | null;
  variant_name: string | null;
  variant_options: VariantOption[];
  family_sku: string | null;
  product_sku: string | null;
  product_ean: string | null;
  product_name: string;
  product_url: string | null;
  product_image_url: string | null;
  product_tax_name: string;
  product_tax_percent: number;
  category_id: number | null;
  category_name: string | null;
  manufacturer_id: number | null;
  manufacturer_name: string | null;
  quantity: number;
  unit_price_net: number;
  unit_tax_amount: number;
  unit_price_gross: number;
  line_subtotal_net: number;
  line_tax_amount: number;
  line_subtotal_gross: number;
  meta_fields: Record<string, string> | null;
};

/** A stored line: generated lines carry every field, the seed's verbatim lines only the keys their example shows. */
export type LineRecord = Partial<LineItem> & Record<string, unknown>;

export interface Invoice {
  prefix: string;
  number: string;
  app: string;
  cancelled: boolean;
  url: string;
}

export interface Tag {
  id: number;
  name: string;
}

export interface Note {
  id: number;
  text: string;
}

export type MpOrder = {
  id: number;
  parent_id: number | null;
  return_source_id: number | null;
  rma_orders: { id: number; type: string }[] | null;
  channel_name: string | null;
  channel_ref_id: string | null;
  payment_status: PaymentStatus;
  payment_status_text: string;
  payment_substatus_id: number | null;
  payment_substatus_text: string | null;
  payment_method_code: string;
  payment_method_name: string | null;
  payment_transaction_id: string | null;
  shipping_status: ShippingStatus;
  shipping_status_text: string;
  shipping_substatus_id: number | null;
  shipping_substatus_text: string | null;
  shipping_method_id: number;
  shipping_method_name: string | null;
  shipping_delivery_info: { delivery_time: string | null; pickup_address: { id: number; name: string } | null } | null;
  shipping_carrier_id: string | null;
  shipping_awb: string | null;
  shipping_amount: number | null;
  shipping_tax_amount: number | null;
  total_amount: number;
  currency: string;
  original_currency: string | null;
  currency_rate: number | null;
  coupon_code: string | null;
  customer_id: number;
  customer_email: string;
  customer_ip_address: string;
  customer_ip_country: string;
  customer_device: string;
  customer_lang: string | null;
  customer_note: string | null;
  customer_notification: string | null;
  date_created: string;
  date_modified: string;
  date_shipped: string | null;
  date_delivered: string | null;
  created_by: string;
  meta_fields: Record<string, string> | null;
  internal_notes: Note[] | null;
  tags: Tag[] | null;
  billing_type: "individual" | "company";
  billing_name: string;
  billing_identity_number: string | null;
  billing_company_name: string | null;
  billing_company_number: string | null;
  billing_company_vat: string | null;
  billing_company_bank_name: string | null;
  billing_company_bank_account: string | null;
  billing_country_code: string;
  billing_country_name: string;
  billing_state: string;
  billing_city: string;
  billing_address: string | null;
  billing_postal_code: string | null;
  billing_phone: string | null;
  shipping_name: string;
  shipping_country_code: string;
  shipping_country_name: string;
  shipping_state: string | null;
  shipping_city: string | null;
  shipping_address: string | null;
  shipping_postal_code: string | null;
  shipping_phone: string | null;
  line_items: LineRecord[];
  invoice: Invoice | null;
  info_url: string;
  proforma_url: string;
};

/**
 * A stored order. Generated and created orders carry every MpOrder field; the seed's verbatim examples carry
 * exactly the keys their example shows (older docs omit parent_id, rma_orders, ...), so GET returns them unchanged.
 */
export type OrderRecord = { id: number } & Partial<MpOrder> & Record<string, unknown>;

/** An order plus what the list needs to sort without re-parsing dates on every request. */
export interface Entry {
  order: OrderRecord;
  createdMs: number;
}
