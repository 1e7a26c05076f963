// zod of Omnitron's RAW wire payloads (seed 004). The rule for reading: what the product needs (the order's
// id, date_placed, amount, currency and status; an item's id) is validated; everything else is read leniently
// (a shape we cannot read becomes null, the payload stays in `raw`). Ids come as int|string, money as decimal
// strings, JSON numbers (net_shipping_amount is one in the seed) or price objects, status codes as strings or
// ints, references (customer, addresses, country, city, township, district, channel) as bare ids, nested
// objects or null. Unknown fields pass. Folder-private.
import { z } from "zod";
import { lenient, wireAmountLoose, wireId, wireMoney, wireRefId } from "../wire";

/** Text fields that a Django tenant may render as numbers (invoice or tracking numbers typed as ints). */
const text = lenient(z.union([z.string(), z.number()]).transform(String));
const amount = lenient(wireAmountLoose);
const flag = lenient(z.boolean());
const count = lenient(z.union([z.number(), z.string().regex(/^\s*\d+\s*$/)]).transform(Number));
const ref = lenient(wireRefId);

/** extra_field / attributes: a dict; a list of `{name|key, value}` pairs is read as one; anything else is null. */
const dict = lenient(
  z.union([
    z.record(z.string(), z.unknown()),
    z.array(z.unknown()).transform((pairs) => {
      const entries: [string, unknown][] = [];
      for (const pair of pairs) {
        if (!pair || typeof pair !== "object") continue;
        const { name, key, value } = pair as Record<string, unknown>;
        const label = typeof name === "string" ? name : typeof key === "string" ? key : null;
        if (label) entries.push([label, value]);
      }
      return Object.fromEntries(entries);
    }),
  ]),
);

/**
 * A country, city, township or district: the seed's `{id, name}` (`{name, code}` for a country), a bare id
 * (nothing readable for people), or a bare string — a two-letter country code, or otherwise the place's name.
 */
const place = lenient(
  z.union([
    z.looseObject({ id: lenient(wireId), name: text, code: text }),
    z.number().transform((id) => ({ id: String(id), name: null, code: null })),
    z.string().transform((value) => {
      const trimmed = value.trim();
      if (/^\d+$/.test(trimmed)) return { id: trimmed, name: null, code: null };
      if (/^[a-z]{2}$/i.test(trimmed)) return { id: null, name: null, code: trimmed };
      return { id: null, name: trimmed || null, code: null };
    }),
  ]),
);
export type RawPlace = z.infer<typeof place>;

/** An object that may come as a bare reference id instead (customer, address): then only the id is known. */
const objectOrRef = <T extends z.ZodType>(schema: T) => lenient(z.union([schema, wireId.transform(() => null)]));

// Akinon's address fields as Omnitron sends them (seed 004); Seller Center reads its own (seed 002) alike.
export const rawAddress = z.looseObject({
  email: text,
  phone_number: text,
  first_name: text,
  last_name: text,
  country: place,
  city: place,
  township: place,
  district: place,
  line: text,
  title: text,
  postcode: text,
  notes: text,
  company_name: text,
  tax_office: text,
  tax_no: text,
  e_bill_taxpayer: flag,
});
export type RawAddress = z.infer<typeof rawAddress>;

export const rawItem = z.looseObject({
  // Essential: the item actions (invoice, ship, deliver, cancel) address items by this id.
  id: wireId,
  order: ref,
  product_sku: text,
  // Omnitron: status codes are STRINGS ("550"); an int is read the same way. Unreadable: the line has no status.
  status: lenient(wireId),
  price_currency: text,
  // A price object may name its currency; an unreadable price leaves the line without one.
  price: lenient(wireMoney),
  tax_rate: amount,
  extra_field: dict,
  cancel_status: text,
  invoice_number: text,
  invoice_date: text,
  e_archive_url: text,
  tracking_number: text,
  carrier_shipping_code: text,
  shipping_company: text,
  shipment_code: text,
  discount_amount: amount,
  retail_price: amount,
  attributes: dict,
  image: text,
});
export type RawItem = z.infer<typeof rawItem>;

// The seed's field table lists `channel` as a dict (the Channel object); a bare id is tolerated too.
const channel = lenient(
  z.union([z.looseObject({ id: lenient(wireId), name: text }), wireId.transform((id) => ({ id, name: null }))]),
);

/** A date-time as DRF renders it (ISO text); a Unix time in seconds is read too. */
const dateTime = z.union([z.string().min(1), z.number()]);

/** is_send: DRF renders a boolean; "True"/"false"/1/0 from a hand-written serializer read the same. */
const erpFlag = lenient(
  z.union([
    z.boolean(),
    z.literal([0, 1]).transform(Boolean),
    z
      .string()
      .regex(/^\s*(true|false|1|0)\s*$/i)
      .transform((value) => /^\s*(true|1)\s*$/i.test(value)),
  ]),
);

export const rawOrder = z.looseObject({
  id: wireId,
  number: lenient(wireId),
  status: wireId,
  date_placed: dateTime,
  customer: objectOrRef(z.looseObject({ email: text, first_name: text, last_name: text, phone_number: text })),
  shipping_address: objectOrRef(rawAddress),
  billing_address: objectOrRef(rawAddress),
  currency: z.string().trim().min(1),
  amount: wireAmountLoose,
  shipping_amount: amount,
  shipping_tax_rate: amount,
  extra_field: dict,
  payment_option: ref,
  payment_option_slug: text,
  bin_number: text,
  installment: ref,
  installment_count: count,
  installment_interest_amount: amount,
  cargo_company: ref,
  invoice_number: text,
  invoice_date: text,
  e_archive_url: text,
  refund_amount: amount,
  discount_refund_amount: amount,
  shipping_refund_amount: amount,
  discount_amount: amount,
  is_send: erpFlag,
  // Omnitron: the one money field sent as a JSON number (7, not "7.00").
  net_shipping_amount: amount,
  shipping_interest_amount: amount,
  tracking_number: text,
  carrier_shipping_code: text,
  has_gift_box: flag,
  gift_box_note: text,
  external_status: lenient(z.unknown()),
  // Anything but a list means no lines; an item in the list we cannot identify fails the order (rawItem.id).
  orderitem_set: z.preprocess((value) => (Array.isArray(value) ? value : null), z.array(rawItem).nullable()),
  channel,
});
export type RawOrder = z.infer<typeof rawOrder>;

export const rawOrderPage = z.looseObject({
  count: lenient(z.number().int().nonnegative()),
  next: lenient(z.string()),
  previous: lenient(z.string()),
  results: z.array(z.unknown()),
});

export const rawLogin = z.looseObject({ key: z.string().min(1) });
