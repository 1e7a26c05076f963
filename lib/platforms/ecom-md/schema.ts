// zod of ECOM.md's RAW wire payloads (never exported past this folder). The rule for reading: the fields the
// product needs (the order's id, created_at, total_price, status) are validated; every other field is read
// leniently (a shape we cannot read becomes null, the payload stays in `raw`); references come as a bare id
// or an object; unknown fields pass. The item shape on read is not published, so items accept several
// plausible key names (items.ts picks the first present).
import { z } from "zod";
import { lenient, wireAmountLoose, wireId } from "../wire";

/** Text that may come as a number (phones, zip codes); another shape reads as null. */
const text = lenient(z.union([z.string(), z.number()]).transform(String));
/** A non-essential amount: number, decimal string or price object; another shape reads as null. */
const amount = lenient(wireAmountLoose);
const count = lenient(z.union([z.number(), z.string().regex(/^\s*-?\d+(\.\d+)?\s*$/)]).transform(Number));
const id = lenient(wireId);

/** Localized names (`name_ro`, ...) as the catalogue rows carry them, when a reference has no plain `name`. */
const NAME_KEYS = ["name", "name_ro", "name_ru", "name_en", "name_uk", "title"] as const;

/** A region/locality/store/sector as the 1C export writes it: `{id, name}`, or only the id. */
export const refSchema = lenient(
  z.union([
    wireId,
    z.record(z.string(), z.unknown()).transform((ref) => ({
      id: id.parse(ref.id) ?? null,
      name: NAME_KEYS.map((key) => text.parse(ref[key])).find((name) => name) ?? null,
    })),
  ]),
);
export type RawRef = z.infer<typeof refSchema>;

/** An object that may also come as a bare reference id (customer, address): the id then is all we know. */
const objectOrRef = <T extends z.ZodType>(schema: T) =>
  lenient(z.union([schema, wireId.transform((ref) => schema.parse({ id: ref }) as z.infer<T>)]));

const addressSchema = z
  .object({
    id,
    store: refSchema,
    region: refSchema,
    locality: refSchema,
    sector: refSchema,
    address: text,
    address_type: text,
    zip_code: text,
  })
  .loose();

const customerSchema = z
  .object({
    id,
    email: text,
    name: text,
    phone: text,
    address: objectOrRef(addressSchema),
    date_of_birth: text,
    fiscal_code: text,
    juridical_address: text,
    iban: text,
    bank_code: text,
  })
  .loose();

const paymentSchema = z
  .object({
    delivery_type: text,
    pay_method: text,
    payment_system: text,
    transaction_id: text,
    promo_code: lenient(z.union([z.string(), z.number(), z.object({ code: text, id }).loose()])),
    months: count,
    sum_per_month: amount,
  })
  .loose();

const productSchema = z
  .object({ id, code: text, name: text, barcode: text, ean: text, image: text, url: text })
  .loose();

export const itemSchema = z
  .object({
    id,
    order_item_id: id,
    item_id: id,
    order_id: id,
    product: lenient(z.union([wireId, productSchema])),
    product_id: id,
    code: text,
    product_code: text,
    sku: text,
    name: text,
    product_name: text,
    title: text,
    quantity: count,
    qty: count,
    count: count,
    price: amount,
    unit_price: amount,
    loyalty_price: amount,
    total_price: amount,
    total: amount,
    sum: amount,
    order_status: text,
    status: text,
  })
  .loose();
export type RawItem = z.infer<typeof itemSchema>;

/** A status code, or a DRF choice object (`{value, display_name}` / `{code, name}`): its code. */
const statusSchema = z.union([
  z.union([z.string(), z.number()]).transform(String),
  z
    .object({ value: z.string() })
    .loose()
    .transform((choice) => choice.value),
  z
    .object({ code: z.string() })
    .loose()
    .transform((choice) => choice.code),
]);

/** A time as text or a Unix number. */
const time = z.union([z.string(), z.number()]);

/**
 * "Order as read" [vendor, 1C export format]; `order_items`, `delivery_price`, `discount`, `shop` are guesses.
 * Essential: id, created_at, total_price (number, decimal string or price object; absent = computed from the
 * items) and status: a value there we cannot read sets the order aside (read-each.ts).
 */
export const orderSchema = z
  .object({
    id: wireId,
    customer: objectOrRef(customerSchema),
    payment: lenient(paymentSchema),
    total_price: wireAmountLoose.nullish(),
    delivery_price: amount,
    delivery_cost: amount,
    shipping_price: amount,
    discount: amount,
    discount_amount: amount,
    created_at: time.nullish(),
    updated_at: lenient(time),
    status: statusSchema.nullish(),
    shop: refSchema,
  })
  .loose();
export type RawOrder = z.infer<typeof orderSchema>;

/** DRF list envelope `{count, next, previous, results}` [assumed]. */
export const orderPageSchema = z
  .object({ count: z.number().nullish(), next: z.string().nullish(), results: z.array(z.unknown()) })
  .loose();

/** A promo code of GET /external/promocode/: its id, code and localized names (`name_ro`…) [assumed]. */
export const promoCodeSchema = z.object({ id: wireId, name: text, code: text, title: text }).loose();
export type RawPromoCode = z.infer<typeof promoCodeSchema>;
