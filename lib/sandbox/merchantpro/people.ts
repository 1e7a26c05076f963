// Romanian customers: names, addresses with real county/city/postal-code pairs, mobile phones,
// personal numeric codes (CNP), company tax codes (CUI) and IBANs with valid check digits.
import { asciiFold } from "../core/ascii";
import type { Random } from "../core/random";

const FIRST_NAMES = [
  "Andrei",
  "Maria",
  "Ioana",
  "Alexandru",
  "Elena",
  "Mihai",
  "Cristina",
  "Gabriel",
  "Ana",
  "Ștefan",
  "Diana",
  "Florin",
  "Roxana",
  "Bogdan",
  "Adriana",
  "Radu",
  "Ionuț",
  "Simona",
  "Vlad",
  "Raluca",
  "Cătălin",
  "Oana",
  "Sorin",
  "Alina",
  "Daniel",
  "Irina",
  "Marius",
  "Laura",
  "Cosmin",
  "Monica",
];
const LAST_NAMES = [
  "Popescu",
  "Ionescu",
  "Popa",
  "Dumitru",
  "Stan",
  "Stoica",
  "Gheorghe",
  "Rusu",
  "Munteanu",
  "Matei",
  "Constantin",
  "Șerban",
  "Marin",
  "Mihai",
  "Dinu",
  "Lungu",
  "Tudor",
  "Barbu",
  "Nistor",
  "Florea",
  "Radu",
  "Ene",
  "Toma",
  "Cristea",
  "Ilie",
  "Moldovan",
  "Dobre",
  "Preda",
  "Enache",
  "Neagu",
];
const STREETS = [
  "Str. Mihai Eminescu",
  "Bd. Unirii",
  "Calea Victoriei",
  "Str. Avram Iancu",
  "Bd. Independentei",
  "Str. Republicii",
  "Sos. Pantelimon",
  "Str. Lalelelor",
  "Bd. Decebal",
  "Str. Observatorului",
  "Calea Dorobantilor",
  "Str. Horea",
  "Bd. 1 Decembrie 1918",
  "Str. Zorilor",
  "Aleea Teilor",
];
/** County (as MerchantPro writes billing_state, without diacritics), city, first digits of its postal codes. */
const PLACES: readonly (readonly [string, string, string])[] = [
  ["Bucuresti", "Bucuresti", "0"],
  ["Bucuresti", "Bucuresti", "0"],
  ["Bucuresti", "Bucuresti", "0"],
  ["Cluj", "Cluj-Napoca", "400"],
  ["Iasi", "Iasi", "700"],
  ["Timis", "Timisoara", "300"],
  ["Constanta", "Constanta", "900"],
  ["Brasov", "Brasov", "500"],
  ["Dolj", "Craiova", "200"],
  ["Galati", "Galati", "800"],
  ["Prahova", "Ploiesti", "100"],
  ["Bihor", "Oradea", "410"],
  ["Bacau", "Bacau", "600"],
  ["Arad", "Arad", "310"],
  ["Arges", "Pitesti", "110"],
  ["Sibiu", "Sibiu", "550"],
  ["Mures", "Targu Mures", "540"],
  ["Maramures", "Baia Mare", "430"],
  ["Suceava", "Suceava", "720"],
  ["Ilfov", "Voluntari", "077"],
  ["Alba", "Alba Iulia", "510"],
  ["Valcea", "Ramnicu Valcea", "240"],
];
const COMPANIES = [
  "Nova Trade",
  "Carpatic Design",
  "Delta Logistic",
  "Mobila Artis",
  "Infotech Solutions",
  "Agro Verde",
];
const BANKS: readonly (readonly [string, string])[] = [
  ["Banca Transilvania", "BTRL"],
  ["BCR", "RNCB"],
  ["BRD", "BRDE"],
  ["ING Bank", "INGB"],
  ["Raiffeisen Bank", "RZBR"],
];
const MAIL_DOMAINS = ["gmail.com", "yahoo.com", "yahoo.ro", "outlook.com", "icloud.com"];

export interface Person {
  name: string;
  email: string;
  phone: string;
  identityNumber: string;
}

export interface Address {
  state: string;
  city: string;
  address: string;
  postalCode: string;
}

export interface Company {
  name: string;
  number: string;
  vat: string;
  bankName: string;
  bankAccount: string;
}

/** CNP: sex/century digit, birth date, county code, serial, check digit (weights 279146358279). */
function cnp(random: Random): string {
  const body = `${random.pick(["1", "2", "5", "6"])}${random.chars(2)}${String(random.int(1, 12)).padStart(2, "0")}${String(random.int(1, 28)).padStart(2, "0")}${String(random.int(1, 46)).padStart(2, "0")}${random.chars(3)}`;
  const sum = [..."279146358279"].reduce((acc, weight, i) => acc + Number(weight) * Number(body[i]), 0);
  return body + (sum % 11 === 10 ? 1 : sum % 11);
}

/** CUI with its check digit (weights 753217532), written "RO…" for VAT payers. */
function cui(random: Random): string {
  const body = random.chars(8, "123456789");
  const weights = "753217532".slice(9 - body.length);
  const sum = [...body].reduce((acc, digit, i) => acc + Number(digit) * Number(weights[i]), 0);
  return `RO${body}${((sum * 10) % 11) % 10}`;
}

/** A Romanian IBAN (RO + 2 check digits + 4-letter bank code + 16 characters), ISO 13616 mod-97. */
function iban(random: Random, bankCode: string): string {
  const account = bankCode + random.chars(16, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");
  const numeric = `${account}RO00`.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  const check = 98n - (BigInt(numeric) % 97n);
  return `RO${String(check).padStart(2, "0")}${account}`;
}

export function person(random: Random): Person {
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(LAST_NAMES);
  const separator = random.pick([".", "_", ""]);
  const suffix = random.chance(0.5) ? String(random.int(1, 99)) : "";
  return {
    name: `${first} ${last}`,
    email: `${asciiFold(first)}${separator}${asciiFold(last)}${suffix}@${random.pick(MAIL_DOMAINS)}`,
    phone: `07${random.pick(["22", "23", "24", "28", "33", "40", "44", "45", "55", "66", "72", "86"])}${random.chars(6)}`,
    identityNumber: cnp(random),
  };
}

export function address(random: Random): Address {
  const [state, city, prefix] = random.pick(PLACES);
  const flat = random.chance(0.5)
    ? `, bl. ${random.pick(["A", "B", "C", "M"])}${random.int(1, 30)}, ap. ${random.int(1, 80)}`
    : "";
  return {
    state,
    city,
    address: `${random.pick(STREETS)} nr. ${random.int(1, 180)}${flat}`,
    postalCode: prefix + random.chars(6 - prefix.length),
  };
}

export function company(random: Random): Company {
  const [bankName, bankCode] = random.pick(BANKS);
  return {
    name: `SC ${random.pick(COMPANIES)} SRL`,
    number: `J${String(random.pick([40, 12, 22, 35, 8, 13])).padStart(2, "0")}/${random.int(100, 9999)}/${random.int(2005, 2023)}`,
    vat: cui(random),
    bankName,
    bankAccount: iban(random, bankCode),
  };
}

export function ipAddress(random: Random): string {
  return `${random.pick(["5.2", "79.112", "86.120", "89.136", "109.166", "188.24"])}.${random.int(1, 254)}.${random.int(1, 254)}`;
}
