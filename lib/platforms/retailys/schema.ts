// zod of Retailys' RAW wire payloads (camelCase JSON). The docs fix few shapes, so only what Orderdeck needs is
// strict (the order's id, dateOrder, the total, the status and lifecycle flags, an item's id and count); every
// other field is read leniently: references as a bare id, {id, apiLink} or the expanded record, money as a
// number, a decimal string or a price object, and a value of a shape we cannot read becomes null.
import { z } from "zod";
import { PlatformError } from "../errors";
import { firstIssue } from "../unreadable";
import { lenient, toIsoUtc, wireAmount, wireAmountLoose, wireId, wireMoney, wireRefId } from "../wire";
import { ARTICLE_CODE_KEYS } from "./assumed";

const text = lenient(z.union([z.string(), z.number()]).transform(String));
const amount = lenient(wireAmountLoose);
const ref = lenient(wireRefId);
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

/** A code-like field of an expanded article (ARTICLE_CODE_KEYS), else null. */
function codeOf(article: Record<string, unknown>): string | null {
  for (const key of ARTICLE_CODE_KEYS) {
    const value = article[key];
    if ((typeof value === "string" && value.trim()) || typeof value === "number") return String(value).trim();
  }
  return null;
}

const stringOf = (value: unknown): string | null => (typeof value === "string" && value.trim() ? value.trim() : null);

/**
 * An item's article: a bare code or id, `{id, apiLink}`, or (expanded=true) the article itself. `code` is what
 * the line shows as its SKU: the expanded article's code, else the bare value or the id (see assumed.ts).
 */
const articleSchema = lenient(
  z.union([
    wireId.transform((value) => ({ id: value, code: value, name: null as string | null, ean: null as string | null })),
    z
      .object({ id: wireId.nullish() })
      .loose()
      .transform((article) => ({
        id: article.id ?? null,
        code: codeOf(article) ?? article.id ?? null,
        name: stringOf(article.name),
        ean: stringOf(article.ean),
      })),
  ]),
);

/** A unit price: `{basePrice, finalPrice, vat, vatValue, currency}` [vendor], or a bare amount (the final price). */
const itemPrice = lenient(
  z.union([
    wireAmount.transform((finalPrice) => ({
      basePrice: null as string | null,
      finalPrice,
      vat: null as string | null,
      vatValue: null as string | null,
      currency: null as string | null,
    })),
    z.object({ basePrice: amount, finalPrice: amount, vat: amount, vatValue: amount, currency: text }).loose(),
  ]),
);

export const itemSchema = z
  .object({
    id: wireId,
    article: articleSchema,
    name: text,
    count,
    ordered: lenient(count),
    waitingCount: lenient(count),
    note: text,
    price: itemPrice,
    // A number like price's finalPrice, or a price object like price.
    priceOriginal: amount,
  })
  .loose();

/** [assumed] A tracking's carrier: `shipperId` (a bare id or a reference), a `shipper` record or a `shipperName`. */
const trackingSchema = z
  .object({
    shipperId: ref,
    shipper: lenient(z.object({ id: wireId.nullish(), name: text }).loose()),
    shipperName: text,
    trackingNumber: wireId,
    trackingUrl: text,
  })
  .loose();

const historySchema = z
  .object({
    id: lenient(wireId),
    type: text,
    date: text,
    record: lenient(
      z.union([
        z.object({ name: text, status: text }).loose(),
        z.string().transform((name) => ({ name, status: null })),
      ]),
    ),
  })
  .loose();

/** Shipping and payment methods: `{name, price}`, a reference (expanded: with name and price), a name or a price. */
const chargeSchema = lenient(
  z.union([
    z.object({ id: ref, name: text, price: amount }).loose(),
    z.string().transform((name) => ({ id: null, name, price: null })),
    wireAmount.transform((price) => ({ id: null, name: null, price })),
  ]),
);

/** `{id, apiLink}` unless expanded, then also name, type, url… [vendor]. */
const channelSchema = lenient(
  z.union([
    z.object({ id: lenient(wireId), name: text, apiLink: text }).loose(),
    wireId.transform((id) => ({ id, name: null, apiLink: null })),
  ]),
);

/** The order's status: an id of the instance's list, a reference, or the expanded status. */
const statusRefSchema = z.union([
  wireId.transform((id) => ({ id, name: null as string | null })),
  z
    .object({ id: wireId, name: text })
    .loose()
    .transform((status) => ({ id: status.id, name: status.name ?? null })),
]);

const readable = <T>(items: (T | null | undefined)[] | null | undefined): T[] =>
  (items ?? []).filter((item): item is T => item !== null && item !== undefined);

export const orderSchema = z
  .object({
    id: wireId,
    customer: ref,
    company: ref,
    channel: channelSchema,
    // Essential; an offset-less time is read in the connection's zone by the mapper (any zone parses alike here).
    dateOrder: z.string().refine((value) => toIsoUtc(value) !== null, { error: "not a date" }),
    dateMaturity: text,
    email: text,
    phone: text,
    name: text,
    street: text,
    city: text,
    zip: text,
    stateCode: text,
    companyNr: text,
    companyVat: text,
    deliveryEmail: text,
    deliveryPhone: text,
    deliveryName: text,
    deliveryStreet: text,
    deliveryCity: text,
    deliveryZip: text,
    deliveryStateCode: text,
    note: text,
    ourNote: text,
    mainCurrencyCode: text,
    orderCurrencyCode: text,
    currencyRate: amount,
    // The total is essential: absent is allowed (the lines are summed), a shape we cannot read is not.
    money: wireMoney.nullish(),
    paid: amount,
    datePaid: text,
    items: z.array(itemSchema).nullish(),
    weight: amount,
    shipping: chargeSchema,
    payment: chargeSchema,
    trackings: lenient(z.array(lenient(trackingSchema))),
    sent: flag,
    delivered: flag,
    done: flag,
    canceled: flag,
    // [assumed] The status id's field name is `status` (platforms.md); `statusId` is read as well.
    status: statusRefSchema.nullish(),
    statusId: ref,
    orderUrl: text,
    invoiceUrl: text,
    externalOrderId: text,
    history: lenient(z.array(lenient(historySchema))),
  })
  .loose()
  .transform((order) => ({
    ...order,
    money: order.money?.amount ?? null,
    /** The currency a price-object total names, if any. */
    moneyCurrency: order.money?.currency ?? null,
    trackings: readable(order.trackings),
    history: readable(order.history),
  }));

export type RawOrder = z.infer<typeof orderSchema>;
export type RawItem = z.infer<typeof itemSchema>;
export type RawTracking = RawOrder["trackings"][number];

const paginatorSchema = z
  .object({ page: lenient(count), perPage: lenient(count), pages: lenient(count), total: lenient(count) })
  .loose();

/** GET /System/Orders: the orders are read one by one (see orders.ts) so a bad one is named, not fatal. */
export const orderListSchema = z.object({ paginator: lenient(paginatorSchema), orders: z.array(z.unknown()) }).loose();

export const statusSchema = z
  .object({
    id: wireId,
    name: z.string(),
    color: text,
    sort: lenient(count),
    completeOrder: flag,
    cancelOrder: flag,
  })
  .loose();
export type RawStatus = z.infer<typeof statusSchema>;

/** One status we cannot read leaves the others usable (it is only missing from "Change status"). */
export const statusListSchema = z
  .object({ paginator: lenient(paginatorSchema), statuses: z.array(lenient(statusSchema)).transform(readable) })
  .loose();

/** Errors: `{message, detail}` [vendor]; detail may be a text or a structure. */
export const errorBodySchema = z.object({ message: text, detail: z.unknown().optional() }).loose();

/** Parses an answer with a wire schema; a shape we cannot read is bad_response naming where. */
export function parseAnswer<T extends z.ZodType>(schema: T, body: unknown, what: string): z.infer<T> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const { field, problem } = firstIssue(parsed.error);
  throw new PlatformError(
    "bad_response",
    `Retailys sent ${what} we cannot read${field ? ` at ${field}` : ""}: ${problem}`,
  );
}
