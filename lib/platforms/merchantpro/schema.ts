// zod of MerchantPro API v2's RAW order payloads (seed 001), never exported past this folder. The rule for
// reading: what the product needs (the order's id, date_created, total_amount, currency, shipping_status) is
// validated when present (any field may be missing in a `fields=` projection); every other field is read
// leniently (a shape we cannot read becomes null; the payload stays in `raw`). Money is JSON floats on the
// wire (strings in newer payloads): wireAmountLoose keeps each one's exact decimal text.
import { z } from "zod";
import { lenient, wireAmountLoose, wireId } from "../wire";

/** Lenient text; a number (a label the seed types as int, a translation slip) is kept as text. */
const text = lenient(z.union([z.string(), z.number()]).transform(String));
const scalarText = text;
/** A link: text only (a number there is no address). */
const url = lenient(z.string());
const amount = lenient(wireAmountLoose);
const id = lenient(wireId);
const number = lenient(
  z.union([
    z.number(),
    z
      .string()
      .regex(/^-?\d+(\.\d+)?$/)
      .transform(Number),
  ]),
);
/** PHP booleans: true/false, 1/0, "1"/"0". */
const flag = lenient(
  z.union([z.boolean(), z.number().transform((n) => n !== 0), z.enum(["0", "1"]).transform((t) => t === "1")]),
);
/** An object that PHP encodes as `[]` when empty (the seed types these as "array"). */
const phpObject = <T extends z.ZodType>(schema: T) =>
  lenient(z.preprocess((value) => (Array.isArray(value) && value.length === 0 ? null : value), schema.nullish()));
/** A list whose entries are read one by one: an entry we cannot read is left out, never the whole list. */
const listOf = <T extends z.ZodType>(entry: T) =>
  lenient(
    z.array(z.unknown()).transform((entries) =>
      entries.flatMap((raw) => {
        const parsed = entry.safeParse(raw);
        return parsed.success ? [parsed.data as z.output<T>] : [];
      }),
    ),
  );

export const lineItemSchema = z
  .object({
    item_type: text,
    product_id: id,
    variant_id: id,
    variant_name: text,
    variant_options: listOf(z.object({ name: scalarText, value: scalarText }).loose()),
    family_sku: text,
    product_sku: scalarText,
    product_ean: scalarText,
    product_name: scalarText,
    product_url: url,
    product_image_url: url,
    product_tax_name: text,
    product_tax_percent: amount,
    quantity: number,
    unit_price_net: amount,
    unit_tax_amount: amount,
    unit_price_gross: amount,
    line_subtotal_net: amount,
    line_tax_amount: amount,
    line_subtotal_gross: amount,
  })
  .loose();
export type RawLineItem = z.infer<typeof lineItemSchema>;

/** Every entry counts as a line: one that is not even an object is a line we know nothing of (name, price). */
const lineItemsSchema = lenient(
  z.array(z.unknown()).transform((entries) => entries.map((raw) => lineItemSchema.safeParse(raw).data ?? {})),
);

const invoiceFields = z.object({ prefix: scalarText, number: scalarText, app: text, cancelled: flag, url }).loose();
/** `invoice{prefix, number, app, cancelled, url}` or null; a bare number/text is the invoice's number. */
const invoiceSchema = lenient(
  z.union([
    z.union([z.string().min(1), z.number()]).transform((number) => invoiceFields.parse({ number })),
    z.preprocess((value) => (Array.isArray(value) && value.length === 0 ? null : value), invoiceFields.nullish()),
  ]),
);

const pickupSchema = phpObject(z.object({ id, name: text }).loose());

/** `internal_notes[{id, text}]`; a bare string is a note without an id. */
const noteSchema = z.union([
  z.string().transform((note) => ({ id: null as string | null, text: note })),
  z.object({ id, text: scalarText }).loose(),
]);
/** `tags[{id, name}]`; a bare string is a tag's name. */
const tagSchema = z.union([
  z.string().transform((tag) => ({ id: null as string | null, name: tag })),
  z.object({ id, name: scalarText }).loose(),
]);

/** Essential when present: id, date_created, total_amount, currency and shipping_status (see the header). */
// The wire's field names as MerchantPro spells them: each adapter reads its own platform (alike by design).
export const orderSchema = z
  .object({
    id: wireId,
    parent_id: id,
    return_source_id: id,
    rma_orders: listOf(z.object({ id, type: text }).loose()),
    channel_name: text,
    channel_ref_id: scalarText,
    payment_status: text,
    payment_status_text: text,
    payment_substatus_id: id,
    payment_substatus_text: text,
    payment_method_code: text,
    payment_method_name: text,
    payment_transaction_id: scalarText,
    shipping_status: z.union([z.string(), z.number()]).transform(String).nullish(),
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
    total_amount: wireAmountLoose.nullish(),
    currency: z.string().nullish(),
    original_currency: text,
    currency_rate: amount,
    coupon_code: scalarText,
    customer_id: id,
    customer_email: scalarText,
    customer_note: text,
    customer_notification: text,
    date_created: z.union([z.string(), z.number()]).nullish(),
    date_modified: text,
    date_shipped: text,
    date_delivered: text,
    created_by: text,
    internal_notes: listOf(noteSchema),
    tags: listOf(tagSchema),
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
    line_items: lineItemsSchema,
    invoice: invoiceSchema,
    info_url: url,
    proforma_url: url,
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

/**
 * The notes an order has, read STRICTLY for a write that sends them back (notes.ts): an entry is a string or
 * `{id, text}`; any other shape fails, rather than a note silently left out of the list sent.
 */
const noteForWrite = z.union([
  z.string().transform((note) => ({ id: null as string | null, text: note })),
  z.object({ id: wireId.nullish(), text: z.union([z.string(), z.number()]).transform(String).nullish() }).loose(),
]);
export const orderNotesSchema = z
  .object({ internal_notes: z.preprocess((v) => (v === "" ? null : v), z.array(noteForWrite).nullish()) })
  .loose();
export type RawNote = z.infer<typeof noteForWrite>;

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
