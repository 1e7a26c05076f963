// Seller Center's payloads → the neutral Order. PURE: the order, its items (ORI02), cancellation plans (CPI01)
// and resolved addresses (OCA01) come in; money stays decimal text, `currency` ("usd") becomes upper-case.
// Times without an offset are read in the connection's time zone (the caller passes it).
import type { z } from "zod";
import { withScale } from "../../domain/decimal";
import type { Order, OrderLine, TrackingNumber } from "../../domain/order";
import { PlatformError } from "../errors";
import { issueInWords } from "../unreadable";
import { humanize, money, toIsoUtc } from "../wire";
import { billingFacts, toAddress, toCustomer } from "./addresses";
import { ITEM_NAME_KEYS, UNITS_PER_ITEM } from "./assumed";
import { carrierLabel, trackingUrl } from "./carriers";
import { orderFacts } from "./facts";
import type { RawAddress, RawItem, RawOrder, RawPlan } from "./schema";
import { statusOf } from "./statuses";

export interface OrderParts {
  order: RawOrder;
  items: RawItem[];
  /** null on list pages, which do not read the plans. */
  plans: RawPlan[] | null;
  shipping: RawAddress | null;
  billing: RawAddress | null;
  /** The payloads as received (see rawBundle). */
  raw: unknown;
}

/** Parses one record with its schema, or fails as bad_response naming what it is. */
export function parseWith<T>(schema: z.ZodType<T>, payload: unknown, what: string): T {
  const parsed = schema.safeParse(payload);
  if (parsed.success) return parsed.data;
  throw new PlatformError(
    "bad_response",
    `Akinon Seller Center sent ${what} we cannot read (${issueInWords(parsed.error)})`,
  );
}

/** ISO 4217 code: the order's own, its total's, else its items'; null when none names one. */
export function currencyOf(order: RawOrder, items: readonly RawItem[]): string | null {
  const fromItems = items.map((item) => item.price_currency ?? item.price?.currency).find(Boolean);
  return order.currency ?? order.amount.currency ?? fromItems ?? null;
}

/** The order's total currency is essential: an order without one is set aside, not shown in a made-up one. */
function requireCurrency(order: RawOrder, items: readonly RawItem[]): string {
  const code = currencyOf(order, items);
  if (code) return code;
  throw new PlatformError("bad_response", `Akinon Seller Center sent order ${order.id} without a currency`);
}

function itemName(item: RawItem): string {
  for (const key of ITEM_NAME_KEYS) {
    const value = item.extra_field?.[key];
    if (typeof value === "string" && value.trim()) return value.trim();
  }
  return item.sku?.trim() || "Item";
}

export function toLine(item: RawItem, currency: string): OrderLine {
  const lineCurrency = item.price_currency ?? item.price?.currency ?? currency;
  const quantity = item.quantity ?? UNITS_PER_ITEM;
  const price = money(item.price?.amount, lineCurrency);
  return {
    id: item.id,
    sku: item.sku?.trim() || null,
    ean: null,
    name: itemName(item),
    variant: null,
    quantity,
    unitPrice: price,
    taxRate: item.tax_rate ?? null,
    taxAmount: null,
    // `price` is one unit's; a quantity beyond one would need multiplying, which we never do in floats.
    total: quantity === UNITS_PER_ITEM ? price : null,
    status: item.status ? statusOf(item.status) : null,
    imageUrl: null,
    productUrl: null,
  };
}

/** The order's tracking number first, then every other one its items carry (split shipments). */
function trackingOf(order: RawOrder, items: readonly RawItem[]): TrackingNumber[] {
  const tracking: TrackingNumber[] = [];
  const add = (raw: string | null | undefined, slug: string | null | undefined, display: string | null | undefined) => {
    const number = raw?.trim();
    if (!number || tracking.some((entry) => entry.number === number)) return;
    tracking.push({ number, carrier: carrierLabel(slug, display), url: trackingUrl(slug, number) });
  };
  add(order.tracking_number, order.shipping_company, order.cargo_company);
  for (const item of items) {
    const sameCarrier = item.shipping_company === order.shipping_company;
    add(item.tracking_number, item.shipping_company, sameCarrier ? order.cargo_company : null);
  }
  return tracking;
}

/** The order's invoice, else the first invoiced item's (items are invoiced one by one on some tenants). */
function invoiceOf(order: RawOrder, items: readonly RawItem[], timeZone: string): Order["invoice"] {
  const source = [order, ...items].find((record) => record.invoice_number?.trim() || record.e_archive_url?.trim());
  if (!source) return null;
  return {
    number: source.invoice_number?.trim() || null,
    url: source.e_archive_url?.trim() || null,
    date: toIsoUtc(source.invoice_date, timeZone),
  };
}

/** The placing date, read in `timeZone` when it has no offset (the schema made sure it is a date). */
export function placedAtOf(order: RawOrder, timeZone: string): string {
  const iso = toIsoUtc(order.date_placed, timeZone);
  if (iso) return iso;
  throw new PlatformError("bad_response", `Akinon Seller Center sent order ${order.id} without a placing date`);
}

function plansOf(plans: readonly RawPlan[], currency: string): NonNullable<Order["extras"]["cancellationPlans"]> {
  return plans.map((plan) => ({
    id: plan.id,
    status: plan.status ? humanize(plan.status) : "",
    type: plan.plan_type ? humanize(plan.plan_type) : "",
    lineIds: plan.order_items ?? [],
    refund: money(plan.refund_amount, currency),
  }));
}

export function toOrder(parts: OrderParts, connectionId: string, timeZone = "UTC"): Order {
  const { order, items, plans, shipping, billing } = parts;
  const currency = requireCurrency(order, items);
  const firstCarrier = items.find((item) => item.shipping_company)?.shipping_company;
  const facts = [...orderFacts(order, currency, timeZone), ...billingFacts(billing)];
  return {
    connectionId,
    platform: "akinon-seller-center",
    id: order.id,
    number: order.number ?? order.id,
    placedAt: placedAtOf(order, timeZone),
    updatedAt: toIsoUtc(order.updated_at, timeZone),
    status: statusOf(order.status),
    // Marketplace orders are paid at the marketplace's checkout; the seller API says nothing of the payment.
    payment: { status: null, method: null, paid: null, reference: null },
    customer: toCustomer(billing, shipping),
    shippingAddress: toAddress(shipping),
    billingAddress: toAddress(billing),
    lines: items.map((item) => toLine(item, currency)),
    lineCount: items.length,
    totals: {
      subtotal: null,
      shipping: money(order.shipping_amount, currency),
      discount: money(order.discount_amount, currency),
      tax: null,
      total: { amount: withScale(order.amount.amount), currency },
    },
    shipping: {
      method: order.shipping_option_slug ? humanize(order.shipping_option_slug) : null,
      carrier: carrierLabel(order.shipping_company ?? firstCarrier, order.cargo_company),
      tracking: trackingOf(order, items),
    },
    invoice: invoiceOf(order, items, timeZone),
    extras: {
      ...(plans ? { cancellationPlans: plansOf(plans, currency) } : {}),
      ...(facts.length > 0 ? { facts } : {}),
    },
    raw: parts.raw,
  };
}
