// Pure mappers: Omnitron's raw order → Orderdeck's neutral Order. Omnitron keeps ONE item per unit (no
// quantity field), so every item is its own line with quantity 1: its id is what the item actions need.
import { subtractDecimal, sumDecimals } from "../../domain/decimal";
import type { Address, Order, OrderLine, TrackingNumber } from "../../domain/order";
import { PlatformError } from "../errors";
import { issueInWords } from "../unreadable";
import { humanize, money, toIsoUtc } from "../wire";
import { DEFAULT_TIME_ZONE, ITEM_ATTRIBUTE_KEYS } from "./assumed";
import { carrierLabel, trackingUrl } from "./carriers";
import { extrasOf } from "./extras";
import { type RawAddress, type RawItem, type RawOrder, rawOrder } from "./schema";
import { statusOf } from "./statuses";

/** Parses one order as received, or throws bad_response naming the first field that did not fit. */
export function parseOrder(payload: unknown): RawOrder {
  const parsed = rawOrder.safeParse(payload);
  if (parsed.success) return parsed.data;
  throw new PlatformError(
    "bad_response",
    `Akinon Omnitron sent an order we cannot read (${issueInWords(parsed.error, "order")})`,
  );
}

const blank = (value: string | null | undefined): string | null => (value?.trim() ? value.trim() : null);

function fullName(first: string | null | undefined, last: string | null | undefined): string | null {
  return blank([first, last].filter(Boolean).join(" "));
}

export function toAddress(raw: RawAddress | null | undefined): Address | null {
  if (!raw) return null;
  const region = blank(raw.township?.name);
  const neighbourhood = blank(raw.district?.name);
  return {
    name: fullName(raw.first_name, raw.last_name),
    company: blank(raw.company_name),
    line1: blank(raw.line),
    // Turkish addresses: district = neighbourhood (mahalle), township = county (ilçe), city = province (il).
    line2: neighbourhood === region ? null : neighbourhood,
    city: blank(raw.city?.name),
    region,
    postalCode: blank(raw.postcode),
    countryCode: blank(raw.country?.code)?.toUpperCase() ?? null,
    country: blank(raw.country?.name),
    phone: blank(raw.phone_number),
    email: blank(raw.email),
  };
}

/** An attribute's text: a string or number, or the `value` of an attribute object (`{value: "M"}`). */
function attribute(item: RawItem, keys: readonly string[]): string | null {
  for (const key of keys) {
    const raw = item.attributes?.[key];
    const value = raw && typeof raw === "object" && !Array.isArray(raw) ? (raw as { value?: unknown }).value : raw;
    if (typeof value === "number" && Number.isFinite(value)) return String(value);
    if (typeof value === "string" && value.trim()) return value.trim();
  }
  return null;
}

export function toLine(item: RawItem, orderCurrency: string): OrderLine {
  const currency = item.price?.currency ?? item.price_currency ?? orderCurrency;
  const variant = ITEM_ATTRIBUTE_KEYS.variant.map((key) => attribute(item, [key])).filter(Boolean);
  const price = item.price?.amount ?? null;
  const paid = price ? subtractDecimal(price, item.discount_amount ?? "0") : null;
  return {
    id: item.id,
    sku: blank(item.product_sku),
    ean: attribute(item, ITEM_ATTRIBUTE_KEYS.ean),
    name: attribute(item, ITEM_ATTRIBUTE_KEYS.name) ?? blank(item.product_sku) ?? `Item ${item.id}`,
    variant: variant.length > 0 ? variant.join(" / ") : null,
    quantity: 1,
    unitPrice: money(price, currency),
    taxRate: item.tax_rate ?? null,
    taxAmount: null,
    total: money(paid, currency),
    status: item.status ? statusOf(item.status) : null,
    imageUrl: blank(item.image),
    productUrl: null,
  };
}

/** The order's tracking number and every item's, once each, with the carrier of the item that carries it. */
export function trackingOf(raw: RawOrder): TrackingNumber[] {
  const items = raw.orderitem_set ?? [];
  const numbers = [raw.tracking_number, ...items.map((item) => item.tracking_number)]
    .map(blank)
    .filter((value): value is string => value !== null);
  return [...new Set(numbers)].map((number) => {
    const slug = items.find(
      (item) => blank(item.tracking_number) === number && item.shipping_company,
    )?.shipping_company;
    return { number, carrier: carrierLabel(slug), url: trackingUrl(slug, number) };
  });
}

function invoiceOf(raw: RawOrder, timeZone: string): Order["invoice"] {
  const item = (raw.orderitem_set ?? []).find((candidate) => blank(candidate.invoice_number));
  const number = blank(raw.invoice_number) ?? blank(item?.invoice_number);
  const url = blank(raw.e_archive_url) ?? blank(item?.e_archive_url);
  const date = toIsoUtc(raw.invoice_date ?? item?.invoice_date, timeZone);
  return number || url || date ? { number, url, date } : null;
}

/**
 * `timeZone`: the connection's (connectionTimeZone), for a time sent without an offset (the seed's have "Z").
 * Throws bad_response when the order has no readable placed date: a list cannot place it.
 */
export function toOrder(raw: RawOrder, payload: unknown, connectionId: string, timeZone = DEFAULT_TIME_ZONE): Order {
  const items = raw.orderitem_set ?? [];
  const currency = raw.currency.toUpperCase();
  const prices = items.map((item) => item.price?.amount).filter((price): price is string => Boolean(price));
  const tracking = trackingOf(raw);
  const total = money(raw.amount, currency);
  if (!total) throw new PlatformError("bad_response", "Akinon Omnitron sent an order without a currency");
  const placedAt = toIsoUtc(raw.date_placed, timeZone);
  if (!placedAt) {
    const sent = JSON.stringify(raw.date_placed);
    throw new PlatformError("bad_response", `Akinon Omnitron sent an order we cannot read (date_placed: ${sent})`);
  }
  return {
    connectionId,
    platform: "akinon-omnitron",
    id: raw.id,
    number: raw.number ?? raw.id,
    placedAt,
    updatedAt: null,
    status: statusOf(raw.status),
    payment: {
      status: null,
      method: raw.payment_option_slug ? humanize(raw.payment_option_slug) : null,
      paid: null,
      reference: null,
    },
    customer: {
      name: fullName(raw.customer?.first_name, raw.customer?.last_name),
      email: blank(raw.customer?.email),
      phone: blank(raw.customer?.phone_number),
    },
    shippingAddress: toAddress(raw.shipping_address),
    billingAddress: toAddress(raw.billing_address),
    lines: items.map((item) => toLine(item, raw.currency)),
    lineCount: items.length,
    totals: {
      subtotal: prices.length > 0 ? money(sumDecimals(prices), currency) : null,
      shipping: money(raw.shipping_amount, currency),
      discount: money(raw.discount_amount, currency),
      tax: null,
      total,
    },
    shipping: { method: null, carrier: tracking.find((entry) => entry.carrier)?.carrier ?? null, tracking },
    invoice: invoiceOf(raw, timeZone),
    extras: extrasOf(raw),
    raw: payload,
  };
}
