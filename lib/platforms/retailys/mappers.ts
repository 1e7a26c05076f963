// Pure: a Retailys order as received → Orderdeck's neutral Order. Money stays exact (decimal strings from the
// JSON numbers), dates go to UTC, the stage comes from the flags (STAGE_RULES) and the label from the instance.
import { compareDecimal, sumDecimals } from "../../domain/decimal";
import type { Money, Order, OrderStatus } from "../../domain/order";
import { humanize, money, toIsoUtc } from "../wire";
import { FALLBACK_CURRENCY } from "./assumed";
import type { CarrierEntry } from "./carriers";
import { extrasOf, lastChange } from "./extras";
import { billingAddress, lineDiscount, mapLine, shippingAddress, trackingNumbers } from "./parts";
import { orderSchema, parseAnswer, type RawOrder } from "./schema";
import { type InstanceStatus, stageOf } from "./statuses";

export interface MapContext {
  connectionId: string;
  /** The instance's statuses (labels and their complete/cancel flags); may be empty. */
  statuses: readonly InstanceStatus[];
  /** The zone of the connection, for dates sent without an offset (see time-zone.ts). */
  timeZone: string;
  /** The connection's carrier names for the instance's shipper ids (carriers.ts). */
  carriers: readonly CarrierEntry[];
}

export const parseOrder = (payload: unknown): RawOrder => parseAnswer(orderSchema, payload, "an order");

export function currencyOf(raw: RawOrder): string {
  const named = [raw.orderCurrencyCode, raw.moneyCurrency, raw.items?.[0]?.price?.currency, raw.mainCurrencyCode];
  // A currency is a 3-letter ISO code; anything else ("Kč", an object we could not read) is passed over.
  const code = named.map((c) => c?.trim().toUpperCase()).find((c) => c && /^[A-Z]{3}$/.test(c));
  return code ?? FALLBACK_CURRENCY;
}

export const isFullyPaid = (raw: RawOrder): boolean =>
  raw.money !== null && raw.money !== undefined && compareDecimal(raw.paid ?? "0", raw.money) >= 0;

/** The order's status id, from `status` (an id or `{id, name}`) or `statusId`. */
export function statusRef(raw: RawOrder): { id: string; name: string | null } | null {
  if (raw.status) return { id: raw.status.id, name: raw.status.name ?? null };
  return raw.statusId ? { id: raw.statusId, name: null } : null;
}

export function statusOf(raw: RawOrder, statuses: readonly InstanceStatus[]): OrderStatus {
  const ref = statusRef(raw);
  const known = ref ? statuses.find((status) => status.code === ref.id) : undefined;
  const stage = stageOf({
    canceled: raw.canceled,
    delivered: raw.delivered,
    done: raw.done,
    sent: raw.sent,
    statusCancels: known?.cancels ?? false,
    statusCompletes: known?.completes ?? false,
    fullyPaid: isFullyPaid(raw),
  });
  if (!ref) return { code: stage, label: humanize(stage), stage };
  return { code: ref.id, label: known?.label ?? ref.name ?? `Status ${ref.id}`, stage };
}

function paymentStatus(raw: RawOrder): { code: string; label: string } | null {
  if (raw.money === null || raw.money === undefined) return null;
  if (isFullyPaid(raw)) return { code: "paid", label: "Paid" };
  const paid = raw.paid ?? "0";
  return compareDecimal(paid, "0") > 0
    ? { code: "partially_paid", label: "Partially paid" }
    : { code: "unpaid", label: "Not paid" };
}

/** A sum in the order's currency, or null when a part is unknown (never a guess). */
function sum(parts: readonly (string | null)[], currency: string): Money | null {
  if (parts.length === 0 || parts.some((part) => part === null)) return null;
  return money(sumDecimals(parts as string[]), currency);
}

function totalsOf(raw: RawOrder, lines: Order["lines"], currency: string): Order["totals"] {
  const subtotal = sum(
    lines.map((line) => line.total?.amount ?? null),
    currency,
  );
  const shipping = money(raw.shipping?.price, currency);
  const discounts = (raw.items ?? []).map(lineDiscount).filter((d): d is string => d !== null);
  const computed = sum([subtotal?.amount ?? null, shipping?.amount ?? "0", raw.payment?.price ?? "0"], currency);
  return {
    subtotal,
    shipping,
    discount: discounts.length > 0 ? money(sumDecimals(discounts), currency) : null,
    tax: sum(
      lines.map((line) => line.taxAmount?.amount ?? null),
      currency,
    ),
    total: money(raw.money, currency) ?? computed ?? { amount: "0.00", currency },
  };
}

export function mapOrder(raw: RawOrder, payload: unknown, ctx: MapContext): Order {
  const currency = currencyOf(raw);
  const lines = (raw.items ?? []).map((item) => mapLine(item, currency));
  const tracking = trackingNumbers(raw, ctx.carriers);
  const billing = billingAddress(raw);
  return {
    connectionId: ctx.connectionId,
    platform: "retailys",
    id: raw.id,
    number: raw.id,
    // The schema has checked dateOrder is a date; without an offset it is a time in the connection's zone.
    placedAt: toIsoUtc(raw.dateOrder, ctx.timeZone) ?? raw.dateOrder,
    updatedAt: lastChange(raw, ctx.timeZone),
    status: statusOf(raw, ctx.statuses),
    payment: {
      status: paymentStatus(raw),
      method: raw.payment?.name ?? null,
      paid: money(raw.paid, currency),
      reference: null,
    },
    customer: { name: billing?.name ?? null, email: billing?.email ?? null, phone: billing?.phone ?? null },
    shippingAddress: shippingAddress(raw),
    billingAddress: billing,
    lines,
    lineCount: lines.length,
    totals: totalsOf(raw, lines, currency),
    shipping: { method: raw.shipping?.name ?? null, carrier: tracking[0]?.carrier ?? null, tracking },
    invoice: raw.invoiceUrl ? { number: null, url: raw.invoiceUrl, date: null } : null,
    extras: extrasOf(raw, currency, ctx.timeZone),
    raw: payload,
  };
}
