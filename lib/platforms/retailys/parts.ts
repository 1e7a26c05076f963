// Pure pieces of the order mapping: addresses, lines and tracking numbers (Retailys writes prices with VAT).
import { multiplyDecimal, subtractDecimal, trimScale } from "../../domain/decimal";
import type { Address, Money, OrderLine, TrackingNumber } from "../../domain/order";
import { money } from "../wire";
import { type CarrierEntry, carrierName, knownCarrier } from "./carriers";
import type { RawItem, RawOrder } from "./schema";

const clean = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

// One instance for every order: building it per call cost half a second per 20,000 orders.
const REGION_NAMES = new Intl.DisplayNames(["en"], { type: "region" });

/** Retailys' `stateCode` is the ISO 3166-1 alpha-2 country ("CZ", "SK"). */
export function country(code: string | null | undefined): { countryCode: string | null; country: string | null } {
  const upper = clean(code)?.toUpperCase() ?? null;
  if (!upper || !/^[A-Z]{2}$/.test(upper)) return { countryCode: null, country: upper };
  try {
    return { countryCode: upper, country: REGION_NAMES.of(upper) ?? null };
  } catch {
    return { countryCode: upper, country: null };
  }
}

export function billingAddress(raw: RawOrder): Address | null {
  const name = clean(raw.name);
  const hasCompanyIds = Boolean(clean(raw.companyNr) || clean(raw.companyVat));
  const address: Address = {
    name,
    // With an IČO/DIČ the billing name is the company's (Czech invoicing).
    company: hasCompanyIds ? name : null,
    line1: clean(raw.street),
    line2: null,
    city: clean(raw.city),
    region: null,
    postalCode: clean(raw.zip),
    ...country(raw.stateCode),
    phone: clean(raw.phone),
    email: clean(raw.email),
  };
  return address.name || address.line1 || address.city || address.email ? address : null;
}

export function shippingAddress(raw: RawOrder): Address | null {
  const address: Address = {
    name: clean(raw.deliveryName),
    company: null,
    line1: clean(raw.deliveryStreet),
    line2: null,
    city: clean(raw.deliveryCity),
    region: null,
    postalCode: clean(raw.deliveryZip),
    ...country(raw.deliveryStateCode),
    phone: clean(raw.deliveryPhone),
    email: clean(raw.deliveryEmail),
  };
  return address.name || address.line1 || address.city ? address : null;
}

/** The per-piece prices of a line, as exact decimals in the order's currency. */
export function unitPrices(item: RawItem): { unit: string | null; vat: string | null; original: string | null } {
  const unit = item.price?.finalPrice ?? item.price?.basePrice ?? null;
  return { unit, vat: item.price?.vatValue ?? null, original: item.priceOriginal ?? null };
}

/** The line's SKU: the article's code, else its bare value or id (ARTICLE_CODE_KEYS in assumed.ts). */
export const skuOf = (item: RawItem): string | null => item.article?.code ?? null;

export function mapLine(item: RawItem, currency: string): OrderLine {
  const { unit, vat } = unitPrices(item);
  // A fractional count can lengthen the fraction ("5.880"): trailing zeros beyond the cents go.
  const at = (amount: string | null): Money | null => money(amount === null ? null : trimScale(amount), currency);
  const sku = skuOf(item);
  return {
    id: item.id,
    sku,
    ean: item.article?.ean ?? null,
    name: clean(item.name) ?? item.article?.name ?? sku ?? `Item ${item.id}`,
    variant: null,
    quantity: item.count,
    unitPrice: at(unit),
    taxRate: item.price?.vat ?? null,
    taxAmount: at(vat === null ? null : multiplyDecimal(vat, item.count)),
    total: at(unit === null ? null : multiplyDecimal(unit, item.count)),
    status: null,
    imageUrl: null,
    productUrl: null,
  };
}

/** The discount of a line: (priceOriginal − finalPrice) × count, when the original was higher. */
export function lineDiscount(item: RawItem): string | null {
  const { unit, original } = unitPrices(item);
  if (unit === null || original === null) return null;
  const each = subtractDecimal(original, unit);
  return each.startsWith("-") || /^[0.]+$/.test(each) ? null : multiplyDecimal(each, item.count);
}

/**
 * Tracking numbers with the carrier's name (the connection's name for the shipper id, else the instance's) and
 * page (the answer's own `trackingUrl`, else a well-known carrier's public page found by that name).
 */
export function trackingNumbers(raw: RawOrder, carriers: readonly CarrierEntry[]): TrackingNumber[] {
  return raw.trackings.map((tracking) => {
    const shipperId = tracking.shipperId ?? tracking.shipper?.id ?? null;
    const name = carrierName(shipperId, tracking.shipperName ?? tracking.shipper?.name, carriers);
    return {
      number: tracking.trackingNumber,
      carrier: name,
      url: clean(tracking.trackingUrl) ?? knownCarrier(name)?.trackingUrl(tracking.trackingNumber) ?? null,
    };
  });
}
