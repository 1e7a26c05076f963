// zod of Retailys' RAW wire payloads (camelCase JSON, money as JSON numbers). Tolerant: unknown fields pass,
// ids may be ints or strings, flags may come as 0/1, and the per-instance status stays an open id.
import { z } from "zod";
import { PlatformError } from "../errors";
import { toIsoUtc, wireAmount, wireId } from "../wire";

const text = z.string().nullish();
const amount = wireAmount.nullish();
const count = z.union([
  z.number(),
  z
    .string()
    .regex(/^-?\d+(\.\d+)?$/)
    .transform(Number),
]);
/** Retailys flags are booleans; 0/1 and "true"/"false" are read the same way. */
const flag = z
  .union([z.boolean(), z.number(), z.string()])
  .nullish()
  .transform((value) => value === true || value === 1 || value === "1" || value === "true");

const itemPrice = z
  .object({ basePrice: amount, finalPrice: amount, vat: amount, vatValue: amount, currency: text })
  .loose();

export const itemSchema = z
  .object({
    id: wireId,
    article: wireId.nullish(),
    name: text,
    count,
    ordered: count.nullish(),
    waitingCount: count.nullish(),
    note: text,
    price: itemPrice.nullish(),
    priceOriginal: amount,
  })
  .loose();

const trackingSchema = z.object({ shipperId: wireId.nullish(), trackingNumber: wireId, trackingUrl: text }).loose();

const historySchema = z
  .object({
    id: wireId.nullish(),
    type: text,
    date: text,
    record: z.object({ name: text, status: text }).loose().nullish(),
  })
  .loose();

/** Shipping and payment methods: `{name, price}` (a bare name or price is read too). */
const chargeSchema = z.union([
  z.object({ name: text, price: amount }).loose(),
  z.string().transform((name) => ({ name, price: null })),
  wireAmount.transform((price) => ({ name: null, price })),
]);

/** `{id, apiLink}` unless expanded, then also name, type, url… [vendor]. */
const channelSchema = z.union([
  z.object({ id: wireId.nullish(), name: text, apiLink: text }).loose(),
  wireId.transform((id) => ({ id, name: null, apiLink: null })),
]);

/** The order's status: an id of the instance's list (or an object carrying one). */
const statusRefSchema = z.union([
  wireId.transform((id) => ({ id, name: null as string | null })),
  z.object({ id: wireId, name: text }).loose(),
]);

export const orderSchema = z
  .object({
    id: wireId,
    customer: z.unknown().optional(),
    company: z.unknown().optional(),
    channel: channelSchema.nullish(),
    dateOrder: z.string().refine((value) => toIsoUtc(value) !== null, { error: "not a date" }),
    dateMaturity: text,
    email: text,
    phone: text,
    name: text,
    street: text,
    city: text,
    zip: wireId.nullish(),
    stateCode: text,
    companyNr: wireId.nullish(),
    companyVat: text,
    deliveryEmail: text,
    deliveryPhone: text,
    deliveryName: text,
    deliveryStreet: text,
    deliveryCity: text,
    deliveryZip: wireId.nullish(),
    deliveryStateCode: text,
    note: text,
    ourNote: text,
    mainCurrencyCode: text,
    orderCurrencyCode: text,
    currencyRate: amount,
    money: amount,
    paid: amount,
    datePaid: text,
    items: z.array(itemSchema).nullish(),
    weight: amount,
    shipping: chargeSchema.nullish(),
    payment: chargeSchema.nullish(),
    trackings: z.array(trackingSchema).nullish(),
    sent: flag,
    delivered: flag,
    done: flag,
    canceled: flag,
    // [assumed] The status id's field name is `status` (platforms.md); `statusId` is read as well.
    status: statusRefSchema.nullish(),
    statusId: wireId.nullish(),
    orderUrl: text,
    invoiceUrl: text,
    externalOrderId: wireId.nullish(),
    history: z.array(historySchema).nullish(),
  })
  .loose();

export type RawOrder = z.infer<typeof orderSchema>;
export type RawItem = z.infer<typeof itemSchema>;

const paginatorSchema = z
  .object({ page: count.nullish(), perPage: count.nullish(), pages: count.nullish(), total: count.nullish() })
  .loose();

/** GET /System/Orders: the orders are parsed one by one (see orders.ts) so a bad one is named. */
export const orderListSchema = z.object({ paginator: paginatorSchema.nullish(), orders: z.array(z.unknown()) }).loose();

export const statusSchema = z
  .object({
    id: wireId,
    name: z.string(),
    color: text,
    sort: count.nullish(),
    completeOrder: flag,
    cancelOrder: flag,
  })
  .loose();
export type RawStatus = z.infer<typeof statusSchema>;

export const statusListSchema = z
  .object({ paginator: paginatorSchema.nullish(), statuses: z.array(statusSchema) })
  .loose();

/** Errors: `{message, detail}` [vendor]; detail may be a text or a structure. */
export const errorBodySchema = z.object({ message: text, detail: z.unknown().optional() }).loose();

/** Parses an answer with a wire schema; a shape we cannot read is bad_response naming where. */
export function parseAnswer<T extends z.ZodType>(schema: T, body: unknown, what: string): z.infer<T> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? ` at ${issue.path.join(".")}` : "";
  throw new PlatformError(
    "bad_response",
    `Retailys sent ${what} we cannot read${where}: ${issue?.message ?? "invalid"}`,
  );
}
