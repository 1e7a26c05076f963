// Zod of Seller Center's RAW payloads (seed 002), read by the rule for platform data: what Orderdeck needs is
// validated (an order's id, placing date, status and total; an item's id and order), everything else is read
// leniently (a value in a shape we cannot read becomes null; `raw` keeps it). References come as a UUID,
// `{id, apiLink}` or the expanded record; money as a decimal string, a JSON number or a price object.
import { z } from "zod";
import { lenient, toIsoUtc, wireId, wireMoney, wireRefId } from "../wire";

const word = z.union([z.string(), z.number().transform(String)]);
/** Text a tenant may also send as a number (invoice, tracking and tax numbers, postcodes). */
const text = lenient(word);
const amount = lenient(wireMoney.transform((price) => price.amount));
const object = lenient(z.record(z.string(), z.unknown()));

const FLAGS: Readonly<Record<string, boolean>> = {
  true: true,
  false: false,
  yes: true,
  no: false,
  "1": true,
  "0": false,
};
const flag = lenient(
  z.union([
    z.boolean(),
    word.transform((value, ctx) => {
      const known = FLAGS[value.trim().toLowerCase()];
      if (known === undefined) ctx.addIssue({ code: "custom", message: "not a yes/no value" });
      return known ?? z.NEVER;
    }),
  ]),
);

/** An ISO 4217 code, upper-case ("usd" on the wire), or `{code}`; anything else is no currency. */
const currency = lenient(
  z
    .union([
      z.string(),
      z
        .object({ code: z.string() })
        .loose()
        .transform((value) => value.code),
    ])
    .transform((code, ctx) => {
      const upper = code.trim().toUpperCase();
      if (!/^[A-Z]{3}$/.test(upper)) ctx.addIssue({ code: "custom", message: `not a currency: ${code}` });
      return upper;
    }),
);

/** Statuses are ints (100…900) on the wire; a string or `{value|code}` is read too, and kept as text. */
const status = z.union([
  wireId,
  z
    .object({ value: wireId })
    .loose()
    .transform((value) => value.value),
  z
    .object({ code: wireId })
    .loose()
    .transform((value) => value.code),
]);

/** country / city / township / district: a UUID on the wire, or an embedded `{name, code}` on some tenants. */
const place = lenient(z.union([z.string(), z.object({ name: text, code: text }).loose()]));

// Akinon's address fields as Seller Center sends them (seed 002); Omnitron reads its own (seed 004) alike.
export const rawAddress = z
  .object({
    // An embedded address may come without its id.
    id: lenient(wireId),
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

/** Fields only an address has: an object with one of them is the address itself, else a reference to it. */
const ADDRESS_FIELDS = ["first_name", "last_name", "line", "email", "phone_number", "postcode", "city", "country"];

export type AddressRef = { id: string; address?: undefined } | { id: string | null; address: RawAddress };

/** The order's address: a Customer Address UUID per the seed, `{id, apiLink}`, or the address embedded. */
const addressRef = lenient(
  z.union([
    wireId.transform((id): AddressRef => ({ id })),
    z.record(z.string(), z.unknown()).transform((value, ctx): AddressRef => {
      if (ADDRESS_FIELDS.some((key) => value[key] !== undefined && value[key] !== null)) {
        const address = rawAddress.parse(value);
        return { id: address.id ?? null, address };
      }
      const id = wireId.safeParse(value.id);
      if (!id.success) ctx.addIssue({ code: "custom", message: "neither an address nor a reference to one" });
      return id.success ? { id: id.data } : z.NEVER;
    }),
  ]),
);

/** A date-time as DRF writes it (or a Unix time); one we cannot read fails the order. */
const placed = z.union([z.string(), z.number()]).refine((value) => toIsoUtc(value) !== null, { message: "not a date" });

// The wire's field names as Seller Center spells them: each adapter reads its own platform (alike by design).
export const rawOrder = z
  .object({
    id: wireId,
    // The number people search by; the id stands in when it is missing.
    number: lenient(wireId),
    shipping_address: addressRef,
    billing_address: addressRef,
    date_placed: placed,
    status,
    currency,
    // The total: "629.00", 629 or {amount, currency}.
    amount: wireMoney,
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
    // The order it belongs to decides where it is listed (and what "Reject item" may target): required.
    order: wireRefId,
    sku: text,
    status: lenient(status),
    price_currency: currency,
    // One unit's price; an unreadable one leaves the line without a price.
    price: lenient(wireMoney),
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
    quantity: lenient(z.number().int().positive()),
  })
  .loose();
export type RawItem = z.infer<typeof rawItem>;

export const rawPlan = z
  .object({
    id: wireId,
    order: lenient(wireRefId),
    order_items: lenient(z.array(wireRefId)),
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
