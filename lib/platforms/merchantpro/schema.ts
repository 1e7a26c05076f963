// zod of MerchantPro API v2's RAW order payloads (seed 001). Tolerant: unknown keys pass through, every
// field but `id` may be missing (`fields=` projections) or null, enums stay plain strings. Money is JSON
// floats on the wire: wireAmount keeps each one's exact decimal text. Never exported past this folder.
import { z } from "zod";
import { wireAmount, wireId } from "../wire";

const text = z.string().nullish();
/** A label the seed's field table types as int (a translation slip): any scalar, kept as text. */
const scalarText = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((value) => (value === null || value === undefined ? value : String(value)));
const amount = wireAmount.nullish();
const id = wireId.nullish();
const number = z.union([
  z.number(),
  z
    .string()
    .regex(/^-?\d+(\.\d+)?$/)
    .transform(Number),
]);
/** An object that PHP encodes as `[]` when empty (the seed types these as "array"). */
const phpObject = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (Array.isArray(value) && value.length === 0 ? null : value), schema.nullish());

export const lineItemSchema = z
  .object({
    item_type: text,
    product_id: id,
    variant_id: id,
    variant_name: text,
    variant_options: z.array(z.object({ name: scalarText, value: scalarText }).loose()).nullish(),
    family_sku: text,
    product_sku: scalarText,
    product_ean: scalarText,
    product_name: scalarText,
    product_url: text,
    product_image_url: text,
    product_tax_name: text,
    product_tax_percent: amount,
    quantity: number.nullish(),
    unit_price_net: amount,
    unit_tax_amount: amount,
    unit_price_gross: amount,
    line_subtotal_net: amount,
    line_tax_amount: amount,
    line_subtotal_gross: amount,
  })
  .loose();
export type RawLineItem = z.infer<typeof lineItemSchema>;

const invoiceSchema = phpObject(
  z.object({ prefix: scalarText, number: scalarText, app: text, cancelled: z.boolean().nullish(), url: text }).loose(),
);

const pickupSchema = phpObject(z.object({ id, name: text }).loose());

export const orderSchema = z
  .object({
    id: wireId,
    parent_id: id,
    return_source_id: id,
    rma_orders: z.array(z.object({ id, type: text }).loose()).nullish(),
    channel_name: text,
    channel_ref_id: scalarText,
    payment_status: text,
    payment_status_text: text,
    payment_substatus_id: id,
    payment_substatus_text: text,
    payment_method_code: text,
    payment_method_name: text,
    payment_transaction_id: scalarText,
    shipping_status: text,
    shipping_status_text: text,
    shipping_substatus_id: id,
    shipping_substatus_text: text,
    shipping_method_id: id,
    shipping_method_name: text,
    shipping_delivery_info: phpObject(z.object({ delivery_time: scalarText, pickup_address: pickupSchema }).loose()),
    shipping_carrier_id: scalarText,
    shipping_awb: scalarText,
    shipping_amount: amount,
    shipping_tax_amount: amount,
    total_amount: amount,
    currency: text,
    original_currency: text,
    currency_rate: amount,
    coupon_code: scalarText,
    customer_id: id,
    customer_email: scalarText,
    customer_note: text,
    customer_notification: text,
    date_created: text,
    date_modified: text,
    date_shipped: text,
    date_delivered: text,
    created_by: text,
    internal_notes: z.array(z.object({ id, text: scalarText }).loose()).nullish(),
    tags: z.array(z.object({ id, name: scalarText }).loose()).nullish(),
    billing_type: text,
    billing_name: text,
    billing_company_name: text,
    billing_company_number: scalarText,
    billing_company_vat: scalarText,
    billing_country_code: text,
    billing_country_name: text,
    billing_state: text,
    billing_city: text,
    billing_address: text,
    billing_postal_code: scalarText,
    billing_phone: scalarText,
    shipping_name: text,
    shipping_country_code: text,
    shipping_country_name: text,
    shipping_state: text,
    shipping_city: text,
    shipping_address: text,
    shipping_postal_code: scalarText,
    shipping_phone: scalarText,
    line_items: z.array(lineItemSchema).nullish(),
    invoice: invoiceSchema,
    info_url: text,
    proforma_url: text,
  })
  .loose();
export type RawOrder = z.infer<typeof orderSchema>;

export const orderListSchema = z
  .object({
    data: z.array(z.unknown()),
    meta: z
      .object({
        count: z.object({ total: z.number().nullish() }).loose().nullish(),
        links: z.object({ next: z.string().nullish() }).loose().nullish(),
      })
      .loose()
      .nullish(),
  })
  .loose();

/** `{"ok": true}` from the processing handlers. */
export const handlerAnswerSchema = z.object({ ok: z.boolean() }).loose();

/** Error bodies: the docs show none, so every common shape is read ({error: {code, message}}, {message}, ...). */
export const errorBodySchema = z
  .object({
    error: z.union([z.string(), z.object({ code: scalarText, message: text }).loose()]).nullish(),
    errors: z.array(z.union([z.string(), z.object({ message: text }).loose()])).nullish(),
    message: text,
    detail: text,
    code: scalarText,
  })
  .loose();
