// The instance's customers: Czech (and some Slovak) people, some buying for a company with IČO/DIČ.
import { asciiFold } from "../core/ascii";
import type { Random } from "../core/random";
import {
  COMPANY_NAMES,
  CZ_EMAIL_DOMAINS,
  CZ_FEMALE,
  CZ_MALE,
  CZ_SURNAMES,
  CZ_TOWNS,
  SK_COMPANY_NAMES,
  SK_EMAIL_DOMAINS,
  SK_FEMALE,
  SK_MALE,
  SK_SURNAMES,
  SK_TOWNS,
  type Town,
} from "./places";
import type { Address, Billing } from "./types";

export interface Customer {
  id: number;
  companyId: number | null;
  billing: Billing;
  /** A second address some customers send parcels to (work, parents). */
  otherAddress: Address | null;
}

const FIRST_CUSTOMER_ID = 5001;
const FIRST_COMPANY_ID = 301;

/** A Czech/Slovak IČO: 7 digits and a mod-11 check digit. */
function companyNumber(rng: Random): string {
  const body = rng.chars(7);
  const sum = [...body].reduce((acc, digit, i) => acc + Number(digit) * (8 - i), 0);
  return body + ((11 - (sum % 11)) % 10);
}

function phone(rng: Random, slovak: boolean): string {
  return slovak
    ? `+421 9${rng.chars(2)} ${rng.chars(3)} ${rng.chars(3)}`
    : `+420 ${rng.pick(["6", "7"])}${rng.chars(2)} ${rng.chars(3)} ${rng.chars(3)}`;
}

function address(rng: Random, slovak: boolean, name: string, email: string, phoneNumber: string | null): Address {
  const towns: readonly Town[] = slovak ? SK_TOWNS : CZ_TOWNS;
  const town = rng.weighted(towns.map((entry) => [entry, entry.weight] as const));
  const number = rng.chance(0.6) ? `${rng.int(100, 2999)}/${rng.int(1, 80)}` : String(rng.int(1, 120));
  return {
    name,
    street: `${rng.pick(town.streets)} ${number}`,
    city: town.city,
    zip: rng.pick(town.zips),
    stateCode: slovak ? "SK" : "CZ",
    phone: phoneNumber,
    email,
  };
}

function person(rng: Random, slovak: boolean): { name: string; first: string; last: string } {
  const female = rng.chance(0.55);
  const [male, fem] = rng.pick(slovak ? SK_SURNAMES : CZ_SURNAMES);
  const first = rng.pick(female ? (slovak ? SK_FEMALE : CZ_FEMALE) : slovak ? SK_MALE : CZ_MALE);
  const last = female ? fem : male;
  return { name: `${first} ${last}`, first, last };
}

export function makeCustomer(rng: Random, index: number, slovak: boolean): Customer {
  const who = person(rng, slovak);
  const domains = slovak ? SK_EMAIL_DOMAINS : CZ_EMAIL_DOMAINS;
  const email = `${asciiFold(who.first)}.${asciiFold(who.last)}${rng.chance(0.4) ? rng.int(1, 99) : ""}@${rng.pick(domains)}`;
  const tel = rng.chance(0.92) ? phone(rng, slovak) : null;
  const isCompany = rng.chance(0.12);
  const companyNr = isCompany ? companyNumber(rng) : null;
  const name = isCompany ? rng.pick(slovak ? SK_COMPANY_NAMES : COMPANY_NAMES) : who.name;
  const billing: Billing = {
    ...address(rng, slovak, name, email, tel),
    companyNr,
    companyVat: companyNr === null ? null : slovak ? `SK20${rng.chars(8)}` : `CZ${companyNr}`,
  };
  const otherAddress = rng.chance(0.2) ? address(rng, slovak, who.name, email, tel) : null;
  return {
    id: FIRST_CUSTOMER_ID + index,
    companyId: isCompany ? FIRST_COMPANY_ID + index : null,
    billing,
    otherAddress,
  };
}

export function makeCustomers(rng: Random, count: number): { cz: Customer[]; sk: Customer[] } {
  const cz: Customer[] = [];
  const sk: Customer[] = [];
  for (let i = 0; i < count; i++) {
    const slovak = i % 8 === 7;
    (slovak ? sk : cz).push(makeCustomer(rng, i, slovak));
  }
  return { cz, sk };
}
