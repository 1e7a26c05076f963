// PURE: ECOM.md's raw order ("Order as read", the 1C export format) → Orderdeck's neutral Order.
// Single-currency (MDL); the order's status is also carried by each item (`order_status`). Times without a
// UTC offset are read in the connection's time zone (ECOM.md quirk: `created_at` may come without one).
import { multiplyDecimal, subtractDecimal, sumDecimals } from "../../domain/decimal";
import type { Address, Money, Order, OrderLine, OrderStatus } from "../../domain/order";
import { PlatformError } from "../errors";
import { issueInWords } from "../unreadable";
import { humanize, money, toIsoUtc } from "../wire";
import { ECOM_ASSUMED } from "./assumed";
import { guessStage, normalizeStatus, STAGE_BY_STATUS, statusLabel } from "./constants";
import { type ItemView, orderItems } from "./items";
import { orderSchema, type RawOrder, type RawRef } from "./schema";

const mdl = (amount: string | null | undefined): Money | null => money(amount, ECOM_ASSUMED.currency);

export function parseOrder(raw: unknown): RawOrder {
  const parsed = orderSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw new PlatformError(
    "bad_response",
    `ECOM.md sent an order we cannot read (${issueInWords(parsed.error, "order")})`,
  );
}

/** Known codes in snake_case with our stage; unknown ones as sent, with a best-guess stage. */
export function toStatus(code: string | null | undefined): OrderStatus {
  const raw = code?.trim() || "unknown";
  const known = normalizeStatus(raw);
  if (known) return { code: known, label: statusLabel(known), stage: STAGE_BY_STATUS[known] };
  return { code: raw, label: humanize(raw), stage: guessStage(raw) };
}

export const refName = (ref: RawRef): string | null => (typeof ref === "object" && ref ? (ref.name ?? null) : null);
export const refId = (ref: RawRef): string | null =>
  typeof ref === "object" && ref ? (ref.id ?? null) : (ref ?? null);

function shippingAddress(order: RawOrder): Address | null {
  const customer = order.customer;
  const address = customer?.address;
  if (!address) return null;
  const sector = refName(address.sector);
  // An address sent as a bare reference (or with nothing readable) is no address to show.
  const known = [address.address, refName(address.locality), refName(address.region), address.zip_code, sector];
  if (known.every((part) => !part)) return null;
  return {
    name: customer?.name ?? null,
    company: null,
    line1: address.address ?? null,
    line2: sector ? `Sector ${sector}` : null,
    city: refName(address.locality),
    region: refName(address.region),
    postalCode: address.zip_code ?? null,
    countryCode: ECOM_ASSUMED.countryCode,
    country: ECOM_ASSUMED.country,
    phone: customer?.phone ?? null,
    email: customer?.email ?? null,
  };
}

function toLine(item: ItemView, index: number): OrderLine {
  const unit = ECOM_ASSUMED.loyaltyPriceWins ? (item.loyaltyPrice ?? item.price) : (item.price ?? item.loyaltyPrice);
  const quantity = item.quantity ?? 1;
  const total = item.total ?? (unit === null ? null : multiplyDecimal(unit, quantity));
  return {
    id: item.id ?? `line-${index + 1}`,
    sku: item.sku,
    ean: item.ean,
    name: item.name ?? item.sku ?? (item.productId ? `Product ${item.productId}` : "Item"),
    variant: null,
    quantity,
    unitPrice: mdl(unit),
    taxRate: null,
    taxAmount: null,
    total: mdl(total),
    status: item.status ? toStatus(item.status) : null,
    imageUrl: item.imageUrl,
    productUrl: item.productUrl,
  };
}

function facts(order: RawOrder): { label: string; value: string }[] {
  const c = order.customer;
  const p = order.payment;
  const store = c?.address?.store;
  const promo = typeof p?.promo_code === "object" && p.promo_code ? p.promo_code.code : p?.promo_code?.toString();
  const rows: [string, string | null | undefined][] = [
    ["Store", refName(order.shop) ?? refId(order.shop)],
    ["Pickup store", refName(store ?? null) ?? refId(store ?? null)],
    ["Address type", c?.address?.address_type],
    ["Payment system", p?.payment_system],
    ["Instalments", p?.months ? `${p.months} × ${p.sum_per_month ?? "?"} MDL` : null],
    ["Promo code", promo],
    ["Date of birth", c?.date_of_birth],
    ["Fiscal code", c?.fiscal_code],
    ["Juridical address", c?.juridical_address],
    ["IBAN", c?.iban],
    ["Bank code", c?.bank_code],
  ];
  return rows.flatMap(([label, value]) => (value ? [{ label, value }] : []));
}

const firstOf = (values: (string | null | undefined)[]): string | null => values.find((v) => v != null) ?? null;

/** `timeZone`: the connection's (connectionTimeZone), for times sent without an offset. */
export function toOrder(raw: unknown, connectionId: string, timeZone: string): Order {
  const order = parseOrder(raw);
  // Delivery and discount keys are not published: the first present of the plausible ones.
  const delivery = firstOf(ECOM_ASSUMED.deliveryKeys.map((key) => order[key]));
  const discount = firstOf(ECOM_ASSUMED.discountKeys.map((key) => order[key]));
  const items = orderItems(order);
  const lines = items.map(toLine);
  const lineTotals = lines.map((l) => l.total?.amount).filter((a): a is string => a !== undefined);
  const subtotal = lineTotals.length === lines.length && lines.length > 0 ? sumDecimals(lineTotals) : null;
  const computed = subtotal && sumDecimals([subtractDecimal(subtotal, discount ?? "0"), delivery ?? "0"]);
  const total = mdl(order.total_price ?? computed) ?? { amount: "0.00", currency: ECOM_ASSUMED.currency };
  const placedAt = toIsoUtc(order.created_at ?? null, timeZone);
  if (!placedAt)
    throw new PlatformError("bad_response", `ECOM.md sent order ${order.id} without a readable created_at`);
  const p = order.payment;
  // The Order field by field, as every adapter's mapper fills it (alike by design) from its own wire.
  return {
    connectionId,
    platform: "ecom-md",
    id: order.id,
    number: order.id,
    placedAt,
    updatedAt: toIsoUtc(order.updated_at ?? null, timeZone),
    // The order's own status; items carry the same one, used when the order-level field is missing.
    status: toStatus(order.status ?? items.find((i) => i.status)?.status),
    payment: {
      status: null,
      method: p?.pay_method ? humanize(p.pay_method) : null,
      paid: null,
      reference: p?.transaction_id ?? null,
    },
    customer: {
      name: order.customer?.name ?? null,
      email: order.customer?.email ?? null,
      phone: order.customer?.phone ?? null,
    },
    shippingAddress: shippingAddress(order),
    billingAddress: null,
    lines,
    lineCount: lines.length,
    totals: { subtotal: mdl(subtotal), shipping: mdl(delivery), discount: mdl(discount), tax: null, total },
    shipping: { method: p?.delivery_type ? humanize(p.delivery_type) : null, carrier: null, tracking: [] },
    invoice: null,
    extras: { facts: facts(order) },
    raw,
  };
}
