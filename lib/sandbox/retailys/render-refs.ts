// The "references" reading (variant.ts): what the docs call references are sent as {id, apiLink}, and as the
// expanded record with expanded=true; priceOriginal is a price object like price. Ids of the reference data are
// the instance's own numbers [assumed]; apiLinks point at the real host (the sandbox serves none of them).
import { includedTax } from "../core/money";
import { findArticle } from "./catalog";
import { API_ORIGIN } from "./constants";
import { PAYMENT_METHODS, PICKUP, SHIPPING_METHODS } from "./reference";
import type { Charge, Item, Order } from "./types";

const link = (kind: string, id: number) => ({ id, apiLink: `${API_ORIGIN}/v1/System/${kind}/${id}` });

/** A JSON number from cents, as the default reading writes money. */
const float = (cents: number): number => cents / 100;

/** A unit price as Retailys' price object: basePrice without VAT, finalPrice with it [assumed]. */
export function priceObject(grossCents: number, vat: number, currency: string) {
  const vatValue = includedTax(grossCents, vat);
  return {
    basePrice: float(grossCents - vatValue),
    finalPrice: float(grossCents),
    vat,
    vatValue: float(vatValue),
    currency,
  };
}

/** [assumed] Catalogue articles are numbered 7001… in catalogue order; other codes get a stable id from their text. */
export function articleIdOf(code: string): number {
  const known = findArticle(code);
  if (known) return known.id;
  let hash = 0;
  for (const char of code) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0;
  return 90_000 + (hash % 10_000);
}

export function articleRef(item: Item, expanded: boolean) {
  const ref = link("Articles", articleIdOf(item.article));
  if (!expanded) return ref;
  const known = findArticle(item.article);
  return { ...ref, code: item.article, name: known?.name ?? item.name, vat: known?.vat ?? item.vat, unit: "ks" };
}

export function personRef(kind: "Customers" | "Companies", id: number | null, order: Order, expanded: boolean) {
  if (id === null) return null;
  const ref = link(kind, id);
  if (!expanded) return ref;
  const { billing } = order;
  return kind === "Customers"
    ? { ...ref, name: billing.name, email: billing.email, phone: billing.phone }
    : { ...ref, name: billing.name, companyNr: billing.companyNr, companyVat: billing.companyVat };
}

const SHIPPING_IDS = new Map([...SHIPPING_METHODS, PICKUP].map((method, index) => [method.name, index + 1]));
const PAYMENT_IDS = new Map(Object.values(PAYMENT_METHODS).map((method, index) => [method.name, index + 1]));

/** Shipping and payment methods: {id, apiLink}, expanded with the name and the price as a price object. */
export function chargeRef(kind: "Shippings" | "Payments", charge: Charge | null, order: Order, expanded: boolean) {
  if (!charge) return null;
  const id = (kind === "Shippings" ? SHIPPING_IDS : PAYMENT_IDS).get(charge.name);
  const price = priceObject(charge.cents, 21, order.currency);
  // A method outside the instance's lists (created with a free name) has no record to point at.
  if (id === undefined) return { name: charge.name, price };
  const ref = link(kind, id);
  return expanded ? { ...ref, name: charge.name, price } : ref;
}
