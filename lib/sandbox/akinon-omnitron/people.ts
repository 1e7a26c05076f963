// Generated Turkish customers and their addresses, in Omnitron's nested address shape.
import { asciiFold } from "../core/ascii";
import type { Random } from "../core/random";
import { addressContact, MOBILE_PREFIXES, type TurkishPerson, turkishMobile } from "../shared/akinon";
import { EMAIL_DOMAINS, FIRST_NAMES, LAST_NAMES } from "./catalog";
import { ADDRESS_NOTES, CITIES, STREETS } from "./places";
import type { Address, Customer } from "./types";

// Omnitron's customers never drew Türk Telekom's 50x range: left out so the seeded numbers stay as they were.
const OMNITRON_PREFIXES = MOBILE_PREFIXES.filter((prefix) => !prefix.startsWith("50"));

export function person(rng: Random): TurkishPerson {
  const firstName = rng.pick(FIRST_NAMES);
  const lastName = rng.pick(LAST_NAMES);
  const separator = rng.pick([".", "_", ""]);
  const local = `${asciiFold(firstName)}${separator}${asciiFold(lastName)}${rng.chance(0.4) ? rng.int(1, 99) : ""}`;
  const email = `${local}@${rng.pick(EMAIL_DOMAINS)}`;
  return { firstName, lastName, email, phone: turkishMobile(rng, OMNITRON_PREFIXES) };
}

export function customerOf(rng: Random, who: TurkishPerson): Customer {
  // The seed's customer has phone_number null while its addresses carry one: many accounts have no phone.
  return {
    email: who.email,
    first_name: who.firstName,
    last_name: who.lastName,
    phone_number: rng.chance(0.55) ? who.phone : null,
  };
}

export function homeAddress(rng: Random, who: TurkishPerson): Address {
  const city = rng.weighted(CITIES.map((c) => [c, c.weight] as const));
  const township = rng.pick(city.townships);
  const district = rng.pick(township.districts);
  return {
    ...addressContact(who),
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
