// Zod of Seller Center's RAW payloads (seed 002): tolerant of unknown fields (`.loose()`), of ints where the
// seed shows strings and back (wireId), and of enum values we do not know (plain strings and numbers).
import { z } from "zod";
import { wireAmount, wireId } from "../wire";

const text = z.string().nullable().optional();
const amount = wireAmount.nullable().optional();
const flag = z.boolean().nullable().optional();
const object = z.record(z.string(), z.unknown()).nullable().optional();

/** country / city / township / district: a UUID on the wire, or an embedded `{name, code}` on some tenants. */
const place = z
  .union([z.string(), z.object({ name: text, code: text }).loose()])
  .nullable()
  .optional();

export const rawAddress = z
  .object({
    id: wireId,
    email: text,
    phone_number: text,
    first_name: text,
    last_name: text,
    line: text,
    is_active: flag,
    postcode: text,
    notes: text,
    company_name: text,
    tax_office: text,
    tax_no: text,
    e_bill_taxpayer: flag,
    identity_number: text,
    country: place,
    city: place,
    township: place,
    district: place,
  })
  .loose();
export type RawAddress = z.infer<typeof rawAddress>;

/** The order's address: a Customer Address UUID per the seed; an embedded address is taken as it is. */
const addressRef = z.union([wireId, rawAddress]).nullable().optional();

export const rawOrder = z
  .object({
    id: wireId,
    number: wireId,
    shipping_address: addressRef,
    billing_address: addressRef,
    date_placed: z.string(),
    // An int (100…900) on the wire; kept as text so a new code never fails parsing.
    status: wireId,
    currency: text,
    amount: wireAmount,
    discount_amount: amount,
    shipping_amount: amount,
    shipping_tax_rate: amount,
    refund_amount: amount,
    discount_refund_amount: amount,
    shipping_refund_amount: amount,
    invoice_number: text,
    invoice_date: text,
    e_archive_url: text,
    tracking_number: text,
    shipping_company: text,
    cargo_company: text,
    has_gift_box: flag,
    gift_box_note: text,
    language_code: text,
    notes: text,
    delivery_range: text,
    shipping_option_slug: text,
    extra_field: object,
    cancel_status: text,
    shipping_interest_amount: amount,
    // Not in the seed's schema, but its filters name them: read when a tenant sends them.
    updated_at: text,
  })
  .loose();
export type RawOrder = z.infer<typeof rawOrder>;

export const rawItem = z
  .object({
    id: wireId,
    order: wireId,
    sku: text,
    status: wireId,
    price_currency: text,
    price: amount,
    tax_rate: amount,
    invoice_number: text,
    invoice_date: text,
    e_archive_url: text,
    tracking_number: text,
    shipping_company: text,
    retail_price: amount,
    extra_field: object,
    estimated_delivery_date: text,
    discount_amount: amount,
    shipped_date: text,
    delivered_date: text,
    cancel_status: text,
    quantity: z.number().int().positive().nullable().optional(),
  })
  .loose();
export type RawItem = z.infer<typeof rawItem>;

export const rawPlan = z
  .object({
    id: wireId,
    order: wireId.nullable().optional(),
    order_items: z.array(wireId).nullable().optional(),
    shipping_refund_amount: amount,
    refund_amount: amount,
    discount_refund_amount: amount,
    status: text,
    plan_type: text,
    invoice_number: text,
    payment_plan: z.unknown().optional(),
  })
  .loose();
export type RawPlan = z.infer<typeof rawPlan>;

/** DRF's page envelope; results are parsed one by one so the error can name the record. */
export const rawPage = z
  .object({
    count: z.number().int().nonnegative().optional(),
    next: z.string().nullable().optional(),
    previous: z.string().nullable().optional(),
    results: z.array(z.unknown()),
  })
  .loose();
export type RawPage = z.infer<typeof rawPage>;

/** simplejwt's token/obtain/ answer: `{refresh, access}`; only `access` is used. */
export const rawLogin = z.object({ access: z.string().min(1) }).loose();

/** What `order.raw` holds: the payloads an order is made of, each as received. */
export const rawBundle = z
  .object({
    order: z.unknown(),
    orderItems: z.array(z.unknown()).optional(),
    cancellationPlans: z.array(z.unknown()).optional(),
    customerAddresses: z.array(z.unknown()).optional(),
  })
  .loose();
