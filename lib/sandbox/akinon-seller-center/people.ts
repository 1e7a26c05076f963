// Turkish customers and their addresses: names, 05XX mobile numbers, valid T.C. identity numbers,
// street lines with mahalle / cadde / sokak, and the occasional company invoice address.
import { asciiFold } from "../core/ascii";
import type { Random } from "../core/random";
import { addressContact, type TurkishPerson, turkishMobile } from "../shared/akinon";
import { CITIES, TURKEY_ID } from "./locations";
import type { CustomerAddressWire } from "./types";

const FIRST_NAMES = [
  "Ayşe",
  "Fatma",
  "Emine",
  "Zeynep",
  "Elif",
  "Merve",
  "Selin",
  "Ceren",
  "İrem",
  "Şule",
  "Çağla",
  "Hülya",
  "Büşra",
  "Gizem",
  "Esra",
  "Melike",
  "Mehmet",
  "Mustafa",
  "Ahmet",
  "Ali",
  "Hüseyin",
  "Emre",
  "Burak",
  "Can",
  "Oğuz",
  "Kerem",
  "Yiğit",
  "Berk",
  "Gökhan",
  "Serkan",
  "Onur",
  "Deniz",
  "Umut",
  "İbrahim",
  "Özgür",
];
const LAST_NAMES = [
  "Yılmaz",
  "Kaya",
  "Demir",
  "Şahin",
  "Çelik",
  "Yıldız",
  "Yıldırım",
  "Öztürk",
  "Aydın",
  "Özdemir",
  "Arslan",
  "Doğan",
  "Kılıç",
  "Aslan",
  "Çetin",
  "Kara",
  "Koç",
  "Kurt",
  "Özkan",
  "Şimşek",
  "Polat",
  "Erdoğan",
  "Güneş",
  "Aksoy",
  "Tekin",
  "Uçar",
  "Bulut",
  "Karaca",
  "Ünal",
  "Güler",
];
const STREETS = [
  "Atatürk Cad.",
  "Cumhuriyet Cad.",
  "İstiklal Sok.",
  "Bağdat Cad.",
  "Gazi Mustafa Kemal Bulv.",
  "Lale Sok.",
  "Menekşe Sok.",
  "Çınar Sok.",
  "Okul Sok.",
  "Park Sok.",
  "Barış Sok.",
  "Fatih Sok.",
  "Yıldız Sok.",
  "Gül Sok.",
];
const EMAIL_DOMAINS = ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "icloud.com", "yandex.com"];
const ADDRESS_NOTES = [
  "Kapıcıya bırakılabilir.",
  "Mesai saatleri içinde teslim ediniz.",
  "Zili çalmayın, arayın lütfen.",
  "Site girişindeki güvenliğe teslim edilebilir.",
];
const COMPANY_KINDS = ["Tekstil", "Gıda", "Yazılım", "Mimarlık", "Danışmanlık", "Lojistik", "İnşaat"];

/** An 11-digit T.C. kimlik number that passes the official checksum. */
export function identityNumber(rng: Random): string {
  const digits = [rng.int(1, 9), ...Array.from({ length: 8 }, () => rng.int(0, 9))];
  const odd = digits[0]! + digits[2]! + digits[4]! + digits[6]! + digits[8]!;
  const even = digits[1]! + digits[3]! + digits[5]! + digits[7]!;
  digits.push((((odd * 7 - even) % 10) + 10) % 10);
  digits.push(digits.reduce((sum, digit) => sum + digit, 0) % 10);
  return digits.join("");
}

export interface Person extends TurkishPerson {
  identity: string;
}

export function person(rng: Random): Person {
  const firstName = rng.pick(FIRST_NAMES);
  const lastName = rng.pick(LAST_NAMES);
  const suffix = rng.chance(0.5) ? String(rng.int(1, 99)) : "";
  return {
    firstName,
    lastName,
    email: `${asciiFold(firstName)}.${asciiFold(lastName)}${suffix}@${rng.pick(EMAIL_DOMAINS)}`,
    phone: turkishMobile(rng),
    identity: identityNumber(rng),
  };
}

/** One customer address; `company` makes it a corporate invoice address (tax office, tax number). */
export function address(rng: Random, id: string, who: Person, company: boolean): CustomerAddressWire {
  const city = rng.weighted(CITIES.map((c) => [c, c.weight] as const));
  const township = rng.pick(city.townships);
  const district = rng.pick(township.districts);
  const door = rng.chance(0.7) ? ` D:${rng.int(1, 24)}` : "";
  const eBill = company && rng.chance(0.6);
  return {
    id,
    ...addressContact(who),
    line: `${district.name} Mah. ${rng.pick(STREETS)} No:${rng.int(1, 180)}${door} ${township.name}/${city.name}`,
    is_active: rng.chance(0.95),
    postcode: township.postcode,
    notes: rng.chance(0.15) ? rng.pick(ADDRESS_NOTES) : null,
    company_name: company ? `${who.lastName} ${rng.pick(COMPANY_KINDS)} ${rng.pick(["Ltd. Şti.", "A.Ş."])}` : null,
    tax_office: company ? township.name : null,
    tax_no: company ? rng.chars(10) : null,
    e_bill_taxpayer: eBill,
    identity_number: who.identity,
    country: TURKEY_ID,
    city: city.id,
    township: township.id,
    district: district.id,
  };
}
