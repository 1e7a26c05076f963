// Customer Address (OCA01) → the neutral Address and customer. The seed's places (country, city, township,
// district) are UUIDs with no published look-up route, so only an embedded `{name, code}` gives their names.
import type { Address, Order } from "../../domain/order";
import type { RawAddress } from "./schema";

type Place = RawAddress["city"];

function placeName(place: Place): string | null {
  return typeof place === "object" && place !== null ? place.name?.trim() || null : null;
}

function countryCode(place: Place): string | null {
  const code = typeof place === "object" && place !== null ? place.code?.trim() : undefined;
  return code && /^[a-z]{2}$/i.test(code) ? code.toUpperCase() : null;
}

const clean = (value: string | null | undefined) => value?.trim() || null;

export function fullName(address: RawAddress): string | null {
  return [address.first_name, address.last_name].map(clean).filter(Boolean).join(" ") || null;
}

/**
 * Turkish addresses: the province (il, `city`) is the region, the county (ilçe, `township`) the city, and the
 * neighbourhood (mahalle, `district`) the second line.
 */
export function toAddress(address: RawAddress | null): Address | null {
  if (!address) return null;
  return {
    name: fullName(address),
    company: clean(address.company_name),
    line1: clean(address.line),
    line2: placeName(address.district),
    city: placeName(address.township),
    region: placeName(address.city),
    postalCode: clean(address.postcode),
    countryCode: countryCode(address.country),
    country: placeName(address.country),
    phone: clean(address.phone_number),
    email: clean(address.email),
  };
}

/** The customer is the billing address's person (the buyer); the shipping address when there is no billing one. */
export function toCustomer(billing: RawAddress | null, shipping: RawAddress | null): Order["customer"] {
  const who = billing ?? shipping;
  if (!who) return { name: null, email: null, phone: null };
  return { name: fullName(who), email: clean(who.email), phone: clean(who.phone_number) };
}

/** The billing address's company tax data (the T.C. identity number stays in the raw data only). */
export function billingFacts(billing: RawAddress | null): { label: string; value: string }[] {
  if (!billing) return [];
  const facts: [string, string | null | undefined][] = [
    ["Tax office", billing.tax_office],
    ["Tax number", billing.tax_no],
  ];
  if (billing.e_bill_taxpayer) facts.push(["E-invoice taxpayer", "Yes"]);
  return facts.flatMap(([label, value]) => (value?.trim() ? [{ label, value: value.trim() }] : []));
}
