// MerchantPro's raw order → Orderdeck's neutral Order. Pure. The order's status is its shipping status;
// the payment status is shown beside it; the AWB is the tracking number; the invoice number is prefix+number.
// Its dates carry an offset (seed); one without is read in the connection's time zone.
import type { Address, Order, OrderExtras } from "../../domain/order";
import { PlatformError } from "../errors";
import { issueInWords } from "../unreadable";
import { money, toIsoUtc } from "../wire";
import { MERCHANTPRO_ASSUMED } from "./assumed";
import { carrierName, trackingNumbers } from "./carriers";
import { lineTotals, toLine } from "./lines";
import { type RawOrder, orderSchema } from "./schema";
import { paymentLabel, shippingLabel, stageOf } from "./statuses";

/** Empty strings (MerchantPro sends "" for unknown address parts) read as absent. */
const clean = (value: string | null | undefined): string | null => (value?.trim() ? value.trim() : null);

export function parseOrder(payload: unknown): RawOrder {
  const parsed = orderSchema.safeParse(payload);
  if (parsed.success) return parsed.data;
  throw new PlatformError(
    "bad_response",
    `MerchantPro sent an order we cannot read (${issueInWords(parsed.error, "order")})`,
  );
}

function address(parts: (string | null | undefined)[]): boolean {
  return parts.some((part) => clean(part) !== null);
}

function shippingAddress(raw: RawOrder): Address | null {
  const { shipping_name, shipping_address, shipping_city, shipping_state, shipping_postal_code, shipping_phone } = raw;
  if (!address([shipping_name, shipping_address, shipping_city, shipping_state, shipping_postal_code])) return null;
  return {
    name: clean(shipping_name),
    company: null,
    line1: clean(shipping_address),
    line2: null,
    city: clean(shipping_city),
    region: clean(shipping_state),
    postalCode: clean(shipping_postal_code),
    countryCode: clean(raw.shipping_country_code)?.toUpperCase() ?? null,
    country: clean(raw.shipping_country_name),
    phone: clean(shipping_phone),
    email: clean(raw.customer_email),
  };
}

function billingAddress(raw: RawOrder): Address | null {
  const { billing_name, billing_company_name, billing_address, billing_city, billing_state } = raw;
  if (!address([billing_name, billing_company_name, billing_address, billing_city, billing_state])) return null;
  return {
    name: clean(billing_name),
    company: clean(billing_company_name),
    line1: clean(billing_address),
    line2: null,
    city: clean(billing_city),
    region: clean(billing_state),
    postalCode: clean(raw.billing_postal_code),
    countryCode: clean(raw.billing_country_code)?.toUpperCase() ?? null,
    country: clean(raw.billing_country_name),
    phone: clean(raw.billing_phone),
    email: clean(raw.customer_email),
  };
}

function extras(raw: RawOrder): OrderExtras {
  const facts: { label: string; value: string | null | undefined }[] = [
    { label: "Channel", value: [clean(raw.channel_name), clean(raw.channel_ref_id)].filter(Boolean).join(" · ") },
    { label: "Coupon", value: raw.coupon_code },
    { label: "Customer note", value: raw.customer_note },
    { label: "Message to the customer", value: raw.customer_notification },
    { label: "Payment substatus", value: raw.payment_substatus_text },
    { label: "Shipping substatus", value: raw.shipping_substatus_text },
    { label: "Delivery time", value: raw.shipping_delivery_info?.delivery_time },
    { label: "Pickup point", value: raw.shipping_delivery_info?.pickup_address?.name },
    { label: "Billed to", value: raw.billing_type === "company" ? "Company" : raw.billing_type ? "Individual" : null },
    { label: "Company registration no.", value: raw.billing_company_number },
    { label: "Company VAT code", value: raw.billing_company_vat },
    {
      label: "Placed in currency",
      value: raw.original_currency && `${raw.original_currency} (rate ${raw.currency_rate ?? "?"})`,
    },
    { label: "Split from order", value: raw.parent_id },
    { label: "Returned from order", value: raw.return_source_id },
    {
      label: "Return orders",
      value: (raw.rma_orders ?? [])
        .map((rma) => rma.id)
        .filter(Boolean)
        .join(", "),
    },
    { label: "Invoice", value: raw.invoice?.cancelled ? "Cancelled (storno)" : null },
    { label: "Created by", value: raw.created_by },
    { label: "Order info page", value: raw.info_url },
    { label: "Proforma invoice", value: raw.proforma_url },
  ];
  return {
    tags: (raw.tags ?? []).map((tag) => clean(tag.name)).filter((name): name is string => name !== null),
    internalNotes: (raw.internal_notes ?? [])
      .filter((note) => clean(note.text) !== null)
      .map((note) => ({ id: note.id ?? null, at: null, author: null, text: note.text ?? "" })),
    facts: facts.flatMap(({ label, value }) => (clean(value) ? [{ label, value: clean(value) as string }] : [])),
  };
}

/**
 * When the order was placed: date_created (an offset-less one is a wall-clock time in `timeZone`). One that is
 * there but unreadable sets the order aside; a projection without it falls back to date_modified, else 1970.
 */
function placedAt(raw: RawOrder, timeZone: string): string {
  const created = raw.date_created;
  const placed = toIsoUtc(typeof created === "number" ? created : (clean(created) ?? null), timeZone);
  if (placed) return placed;
  if (created !== null && created !== undefined && clean(String(created)) !== null) {
    throw new PlatformError("bad_response", `MerchantPro sent order ${raw.id} without a readable date_created`);
  }
  return toIsoUtc(raw.date_modified, timeZone) ?? new Date(0).toISOString();
}

/** `timeZone`: the connection's (connectionTimeZone), for times sent without an offset. */
export function mapOrder(raw: RawOrder, payload: unknown, connectionId: string, timeZone: string): Order {
  const currency = clean(raw.currency)?.toUpperCase() ?? MERCHANTPRO_ASSUMED.defaultCurrency;
  const code = clean(raw.shipping_status) ?? "unknown";
  const paymentCode = clean(raw.payment_status);
  const lines = (raw.line_items ?? []).map((line, index) => toLine(line, index, currency));
  const total = money(raw.total_amount ?? "0", currency) ?? { amount: "0.00", currency };
  const invoice = raw.invoice;
  // The Order field by field, as every adapter's mapper fills it (alike by design) from its own wire.
  return {
    connectionId,
    platform: "merchantpro",
    id: raw.id,
    number: raw.id,
    placedAt: placedAt(raw, timeZone),
    updatedAt: toIsoUtc(raw.date_modified, timeZone),
    status: { code, label: clean(raw.shipping_status_text) ?? shippingLabel(code), stage: stageOf(code) },
    payment: {
      status: paymentCode
        ? { code: paymentCode, label: clean(raw.payment_status_text) ?? paymentLabel(paymentCode) }
        : null,
      method: clean(raw.payment_method_name) ?? clean(raw.payment_method_code),
      // MerchantPro has no paid amount: a "paid" order is paid in full.
      paid: paymentCode === "paid" && MERCHANTPRO_ASSUMED.paidMeansPaidInFull ? total : null,
      reference: clean(raw.payment_transaction_id),
    },
    customer: {
      name: clean(raw.billing_name) ?? clean(raw.shipping_name),
      email: clean(raw.customer_email),
      phone: clean(raw.billing_phone) ?? clean(raw.shipping_phone),
    },
    shippingAddress: shippingAddress(raw),
    billingAddress: billingAddress(raw),
    lines,
    lineCount: lines.length,
    totals: { ...lineTotals(raw, currency), shipping: money(raw.shipping_amount, currency), total },
    shipping: {
      method: clean(raw.shipping_method_name),
      carrier: carrierName(raw.shipping_carrier_id, raw.shipping_method_name),
      tracking: trackingNumbers(raw.shipping_awb, raw.shipping_carrier_id, raw.shipping_method_name),
    },
    invoice: invoice
      ? { number: `${invoice.prefix ?? ""}${invoice.number ?? ""}` || null, url: clean(invoice.url), date: null }
      : null,
    extras: extras(raw),
    raw: payload,
  };
}

/** Parses and maps one order payload (GET one, a list entry, a POST/PATCH answer). */
export function toOrder(payload: unknown, connectionId: string, timeZone: string): Order {
  return mapOrder(parseOrder(payload), payload, connectionId, timeZone);
}
