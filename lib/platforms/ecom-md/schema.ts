// zod of ECOM.md's RAW wire payloads (never exported past this folder). Tolerant: unknown fields pass,
// enums stay plain strings, ids/amounts accept ints, floats and strings. The item shape on read is not
// published, so items accept several plausible key names (the mapper picks the first present).
import { z } from "zod";
import { wireAmount, wireId } from "../wire";

/** Text that may come as a number (phones, zip codes). */
const text = z.union([z.string(), z.number()]).transform(String).nullish();
const amount = wireAmount.nullish();
const count = z
  .union([z.number(), z.string().regex(/^\s*-?\d+(\.\d+)?\s*$/)])
  .transform(Number)
  .nullish();

/** `{id, name}` as the 1C export writes a region/locality/store; sometimes only the id. */
export const refSchema = z.union([wireId, z.object({ id: wireId.nullish(), name: text }).loose()]).nullish();
export type RawRef = z.infer<typeof refSchema>;

const addressSchema = z
  .object({
    id: wireId.nullish(),
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
    email: text,
    name: text,
    phone: text,
    address: addressSchema.nullish(),
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
    promo_code: z.union([text, z.object({ code: text, id: wireId.nullish() }).loose()]).nullish(),
    months: count,
    sum_per_month: amount,
  })
  .loose();

const productSchema = z
  .object({ id: wireId.nullish(), code: text, name: text, barcode: text, ean: text, image: text, url: text })
  .loose();

export const itemSchema = z
  .object({
    id: wireId.nullish(),
    order_item_id: wireId.nullish(),
    item_id: wireId.nullish(),
    order_id: wireId.nullish(),
    product: z.union([wireId, productSchema]).nullish(),
    product_id: wireId.nullish(),
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

/** "Order as read" [vendor, 1C export format]; `order_items`, `delivery_price`, `discount`, `shop` are guesses. */
export const orderSchema = z
  .object({
    id: wireId,
    customer: customerSchema.nullish(),
    payment: paymentSchema.nullish(),
    total_price: amount,
    delivery_price: amount,
    delivery_cost: amount,
    shipping_price: amount,
    discount: amount,
    discount_amount: amount,
    created_at: z.union([z.string(), z.number()]).nullish(),
    updated_at: z.union([z.string(), z.number()]).nullish(),
    status: text,
    shop: refSchema,
  })
  .loose();
export type RawOrder = z.infer<typeof orderSchema>;

/** DRF list envelope `{count, next, previous, results}` [assumed]. */
export const orderPageSchema = z
  .object({ count: z.number().nullish(), next: z.string().nullish(), results: z.array(z.unknown()) })
  .loose();

/** GET /external/external-order/{id}/address/: the upsert's `address` keys [assumed]. */
export const deliveryAddressSchema = z
  .object({
    address_id: wireId.nullish(),
    id: wireId.nullish(),
    store: refSchema,
    address: text,
    address_ro: text,
    address_ru: text,
    address_en: text,
    address_uk: text,
    zip_code: text,
    region_id: wireId.nullish(),
    locality_id: wireId.nullish(),
    sector: refSchema,
    address_type: text,
  })
  .loose();
export type RawDeliveryAddress = z.infer<typeof deliveryAddressSchema>;

/** A catalogue row (store, region, locality, sector, product, promo code): id plus localized names. */
export const catalogueRowSchema = z
  .object({
    id: wireId,
    name: text,
    code: text,
    title: text,
    address: text,
    region_id: wireId.nullish(),
    zip_code: text,
    price: amount,
    discount: amount,
    discount_type: text,
    is_active: z.boolean().nullish(),
    valid_until: text,
  })
  .loose();
export type RawCatalogueRow = z.infer<typeof catalogueRowSchema>;

/** DRF error bodies: `{detail}`, `{field: [msg]}`, `{non_field_errors: [...]}`, or a list of those (upsert). */
export const errorBodySchema = z.union([z.record(z.string(), z.unknown()), z.array(z.unknown())]);
