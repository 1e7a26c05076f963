// zod of Omnitron's RAW wire payloads (seed 004): tolerant of unknown fields, ids as int|string, money as
// decimal strings (net_shipping_amount arrives as a JSON number), status codes as plain strings. Folder-private.
import { z } from "zod";
import { wireAmount, wireId } from "../wire";

/** Text fields that a Django tenant may render as numbers (invoice or tracking numbers typed as ints). */
const text = z.union([z.string(), z.number()]).transform(String).nullish();
const amount = wireAmount.nullish();
const dict = z.record(z.string(), z.unknown()).nullish();

const namedRef = z.looseObject({ id: wireId.nullish(), name: z.string().nullish() });

export const rawAddress = z.looseObject({
  email: z.string().nullish(),
  phone_number: text,
  first_name: z.string().nullish(),
  last_name: z.string().nullish(),
  country: z.looseObject({ name: z.string().nullish(), code: z.string().nullish() }).nullish(),
  city: namedRef.nullish(),
  township: namedRef.nullish(),
  district: namedRef.nullish(),
  line: z.string().nullish(),
  title: z.string().nullish(),
  postcode: text,
  notes: z.string().nullish(),
  company_name: z.string().nullish(),
  tax_office: z.string().nullish(),
  tax_no: text,
  e_bill_taxpayer: z.boolean().nullish(),
});
export type RawAddress = z.infer<typeof rawAddress>;

export const rawItem = z.looseObject({
  id: wireId,
  order: wireId.nullish(),
  product_sku: text,
  // Omnitron: status codes are STRINGS ("550"); an int is read the same way.
  status: wireId,
  price_currency: z.string().nullish(),
  price: amount,
  tax_rate: amount,
  extra_field: dict,
  cancel_status: z.string().nullish(),
  invoice_number: text,
  invoice_date: z.string().nullish(),
  e_archive_url: z.string().nullish(),
  tracking_number: text,
  carrier_shipping_code: text,
  shipping_company: z.string().nullish(),
  shipment_code: text,
  discount_amount: amount,
  retail_price: amount,
  attributes: dict,
  image: z.string().nullish(),
});
export type RawItem = z.infer<typeof rawItem>;

// The seed's field table lists `channel` as a dict (the Channel object); a bare id is tolerated too.
const channel = z.union([z.looseObject({ id: wireId.nullish(), name: z.string().nullish() }), wireId]).nullish();

export const rawOrder = z.looseObject({
  id: wireId,
  number: wireId,
  status: wireId,
  date_placed: z.string(),
  customer: z
    .looseObject({
      email: z.string().nullish(),
      first_name: z.string().nullish(),
      last_name: z.string().nullish(),
      phone_number: text,
    })
    .nullish(),
  shipping_address: rawAddress.nullish(),
  billing_address: rawAddress.nullish(),
  currency: z.string(),
  amount: wireAmount,
  shipping_amount: amount,
  shipping_tax_rate: amount,
  extra_field: dict,
  payment_option: wireId.nullish(),
  payment_option_slug: z.string().nullish(),
  bin_number: text,
  installment: wireId.nullish(),
  installment_count: z.number().nullish(),
  installment_interest_amount: amount,
  cargo_company: wireId.nullish(),
  invoice_number: text,
  invoice_date: z.string().nullish(),
  e_archive_url: z.string().nullish(),
  refund_amount: amount,
  discount_refund_amount: amount,
  shipping_refund_amount: amount,
  discount_amount: amount,
  is_send: z.boolean().nullish(),
  // Omnitron: the one money field sent as a JSON number (7, not "7.00").
  net_shipping_amount: amount,
  shipping_interest_amount: amount,
  tracking_number: text,
  carrier_shipping_code: text,
  has_gift_box: z.boolean().nullish(),
  gift_box_note: z.string().nullish(),
  external_status: wireId.nullish(),
  orderitem_set: z.array(rawItem).nullish(),
  channel,
});
export type RawOrder = z.infer<typeof rawOrder>;

export const rawOrderPage = z.looseObject({
  count: z.number().nullish(),
  next: z.string().nullish(),
  previous: z.string().nullish(),
  results: z.array(z.unknown()),
});

export const rawLogin = z.looseObject({ key: z.string().min(1) });
