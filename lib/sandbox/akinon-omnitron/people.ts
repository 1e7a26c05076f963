// Generated Turkish customers and their addresses, in Omnitron's nested address shape.
import type { Random } from "../core/random";
import { asciiFold, EMAIL_DOMAINS, FIRST_NAMES, LAST_NAMES } from "./catalog";
import { ADDRESS_NOTES, CITIES, STREETS } from "./places";
import type { Address, Customer } from "./types";

const MOBILE_PREFIXES = [
  "530",
  "532",
  "533",
  "535",
  "536",
  "538",
  "542",
  "543",
  "544",
  "546",
  "549",
  "552",
  "553",
  "555",
];

/** A Turkish mobile number as Omnitron stores it: 05XXXXXXXXX (11 digits, no country code). */
export function mobilePhone(rng: Random): string {
  return `0${rng.pick(MOBILE_PREFIXES)}${rng.chars(7)}`;
}

export interface Person {
  first: string;
  last: string;
  email: string;
  phone: string;
}

export function person(rng: Random): Person {
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(LAST_NAMES);
  const local = `${asciiFold(first)}${rng.pick([".", "_", ""])}${asciiFold(last)}${rng.chance(0.4) ? rng.int(1, 99) : ""}`;
  return { first, last, email: `${local}@${rng.pick(EMAIL_DOMAINS)}`, phone: mobilePhone(rng) };
}

export function customerOf(rng: Random, who: Person): Customer {
  // The seed's customer has phone_number null while its addresses carry one: many accounts have no phone.
  return {
    email: who.email,
    first_name: who.first,
    last_name: who.last,
    phone_number: rng.chance(0.55) ? who.phone : null,
  };
}

export function homeAddress(rng: Random, who: Person): Address {
  const city = rng.weighted(CITIES.map((c) => [c, c.weight] as const));
  const township = rng.pick(city.townships);
  const district = rng.pick(township.districts);
  return {
    email: who.email,
    phone_number: who.phone,
    first_name: who.first,
    last_name: who.last,
    country: { name: "Türkiye", code: "tr" },
    city: { id: city.id, name: city.name },
    line: `${district.name} ${rng.pick(STREETS)} No:${rng.int(1, 140)} D:${rng.int(1, 24)}`,
    title: rng.pick(["Ev", "Ev", "Evim", "İş"]),
    township: { id: township.id, name: township.name },
    district: { id: district.id, name: district.name },
    postcode: rng.chance(0.8) ? township.postcode : "",
    notes: rng.chance(0.12) ? rng.pick(ADDRESS_NOTES) : null,
    company_name: "",
    tax_office: "",
    tax_no: "",
    e_bill_taxpayer: false,
  };
}

/** A company billing address on the same place: corporate customers ask for an invoice to their firm. */
export function companyBilling(rng: Random, shipping: Address): Address {
  return {
    ...shipping,
    country: { ...shipping.country },
    city: { ...shipping.city },
    township: { ...shipping.township },
    district: { ...shipping.district },
    title: "İş",
    notes: null,
    company_name: `${shipping.last_name} ${rng.pick(["Tekstil", "Danışmanlık", "Yazılım", "Gıda", "İnşaat"])} Ltd. Şti.`,
    tax_office: shipping.township.name,
    tax_no: rng.chars(10),
    e_bill_taxpayer: rng.chance(0.5),
  };
}
