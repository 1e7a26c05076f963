// Moldovan customers' names and street addresses for the generator.
import { asciiFold } from "../../core/ascii";
import type { Random } from "../../core/random";
import type { Localized } from "../types";

const MALE = [
  "Ion",
  "Andrei",
  "Vasile",
  "Mihai",
  "Sergiu",
  "Alexandru",
  "Dumitru",
  "Victor",
  "Nicolae",
  "Igor",
  "Dmitri",
  "Vladimir",
  "Radu",
  "Eugen",
];
const FEMALE = [
  "Maria",
  "Natalia",
  "Elena",
  "Ana",
  "Olga",
  "Tatiana",
  "Cristina",
  "Irina",
  "Svetlana",
  "Ecaterina",
  "Doina",
  "Valentina",
  "Mariana",
  "Inga",
];
// [male form, female form]: Russian-speaking families decline the surname.
const SURNAMES: readonly (readonly [string, string])[] = [
  ["Popescu", "Popescu"],
  ["Rusu", "Rusu"],
  ["Ceban", "Ceban"],
  ["Cojocaru", "Cojocaru"],
  ["Ciobanu", "Ciobanu"],
  ["Munteanu", "Munteanu"],
  ["Lungu", "Lungu"],
  ["Țurcanu", "Țurcanu"],
  ["Rotaru", "Rotaru"],
  ["Sîrbu", "Sîrbu"],
  ["Melnic", "Melnic"],
  ["Bivol", "Bivol"],
  ["Cebotari", "Cebotari"],
  ["Moraru", "Moraru"],
  ["Guțu", "Guțu"],
  ["Roșca", "Roșca"],
  ["Postolachi", "Postolachi"],
  ["Cazacu", "Cazacu"],
  ["Ivanov", "Ivanova"],
  ["Petrov", "Petrova"],
  ["Covalciuc", "Covalciuc"],
  ["Botnari", "Botnari"],
  ["Grosu", "Grosu"],
  ["Bodrug", "Bodrug"],
];
const MAIL_DOMAINS = ["gmail.com", "gmail.com", "gmail.com", "mail.ru", "yahoo.com", "mail.md", "yandex.ru"];

export interface Person {
  name: string;
  email: string;
  phone: string;
}

export function drawPerson(rng: Random): Person {
  const female = rng.chance(0.52);
  const first = rng.pick(female ? FEMALE : MALE);
  const [maleLast, femaleLast] = rng.pick(SURNAMES);
  const last = female ? femaleLast : maleLast;
  const handle = rng.chance(0.5) ? `${first}.${last}` : `${first[0]}${last}${rng.int(70, 99)}`;
  // Moldovan mobiles: +373 6x / 7x and six more digits.
  const phone = `+373${rng.pick(["6", "7"])}${rng.int(0, 9)}${rng.chars(6)}`;
  return { name: `${first} ${last}`, email: `${asciiFold(handle)}@${rng.pick(MAIL_DOMAINS)}`, phone };
}

type StreetKind = "street" | "boulevard" | "alley";
// [kind, ro, ru, en, uk] without the kind's abbreviation.
type Street = readonly [StreetKind, string, string, string, string];

// Streets of Chișinău: [sector id, kind, ro, ru, en, uk].
const CHISINAU_STREET_ROWS: readonly (readonly [number, ...Street])[] = [
  [7, "boulevard", "Dacia", "Дачия", "Dacia", "Дачія"],
  [7, "street", "Trandafirilor", "Трандафирилор", "Trandafirilor", "Трандафірілор"],
  [7, "boulevard", "Cuza Vodă", "Куза Водэ", "Cuza Voda", "Куза Воде"],
  [7, "street", "Grenoble", "Гренобля", "Grenoble", "Гренобля"],
  [8, "street", "Alba Iulia", "Алба Юлия", "Alba Iulia", "Алба Юлія"],
  [8, "street", "Ion Creangă", "Ион Крянгэ", "Ion Creanga", "Іон Крянге"],
  [8, "street", "Calea Ieșilor", "Калея Ешилор", "Calea Iesilor", "Калеа Єшилор"],
  [8, "street", "Vasile Lupu", "Василе Лупу", "Vasile Lupu", "Василе Лупу"],
  [9, "street", "Ștefan cel Mare", "Штефан чел Маре", "Stefan cel Mare", "Штефан чел Маре"],
  [9, "street", "Mihai Eminescu", "Михай Эминеску", "Mihai Eminescu", "Михай Емінеску"],
  [9, "street", "București", "Бучурешть", "Bucuresti", "Бухарестська"],
  [9, "street", "Ismail", "Измаил", "Ismail", "Ізмаїл"],
  [10, "boulevard", "Mircea cel Bătrân", "Мирча чел Бэтрын", "Mircea cel Batran", "Мірча чел Бетрин"],
  [10, "street", "Maria Drăgan", "Мария Дрэган", "Maria Dragan", "Марія Дреган"],
  [10, "street", "Ginta Latină", "Джинта Латинэ", "Ginta Latina", "Джинта Латіне"],
  [11, "boulevard", "Moscova", "Московский", "Moscova", "Московський"],
  [11, "street", "Alecu Russo", "Алеку Руссо", "Alecu Russo", "Алеку Руссо"],
  [11, "boulevard", "Renașterii Naționale", "Ренаштерий Национале", "Renasterii Nationale", "Ренаштерій Національне"],
  [11, "alley", "Florilor", "Флорилор", "Florilor", "Флорилор"],
];

const bySector: Record<number, Street[]> = {};
for (const [sector, ...street] of CHISINAU_STREET_ROWS) {
  bySector[sector] ??= [];
  bySector[sector].push(street);
}

/** Streets of Chișinău by sector id, and a generic set for the towns. */
export const CHISINAU_STREETS: Readonly<Record<number, readonly Street[]>> = bySector;

export const TOWN_STREETS: readonly Street[] = [
  ["street", "Ștefan cel Mare", "Штефан чел Маре", "Stefan cel Mare", "Штефан чел Маре"],
  ["street", "Independenței", "Индепенденцей", "Independentei", "Індепенденцей"],
  ["street", "Mihai Eminescu", "Михай Эминеску", "Mihai Eminescu", "Михай Емінеску"],
  ["street", "Păcii", "Пэчий", "Pacii", "Печій"],
  ["street", "Livezilor", "Ливезилор", "Livezilor", "Лівезилор"],
  ["street", "Școlii", "Школий", "Scolii", "Школій"],
  ["boulevard", "Victoriei", "Викторией", "Victoriei", "Вікторієй"],
];

const ABBR: Record<StreetKind, Localized> = {
  street: { ro: "str.", ru: "ул.", en: "St.", uk: "вул." },
  boulevard: { ro: "bd.", ru: "бул.", en: "Blvd.", uk: "бул." },
  alley: { ro: "aleea", ru: "аллея", en: "Alley", uk: "алея" },
};

/** A street address in the four languages, e.g. "bd. Dacia 47/2, ap. 15"; also its kind (address_type). */
export function drawStreetAddress(rng: Random, streets: readonly Street[]): { text: Localized; kind: StreetKind } {
  const [kind, ro, ru, en, uk] = rng.pick(streets);
  const house = `${rng.int(1, 140)}${rng.chance(0.35) ? `/${rng.int(1, 4)}` : ""}`;
  const apt = rng.chance(0.6) ? rng.int(1, 180) : null;
  const a = ABBR[kind];
  const text: Localized = {
    ro: `${a.ro} ${ro} ${house}${apt ? `, ap. ${apt}` : ""}`,
    ru: `${a.ru} ${ru} ${house}${apt ? `, кв. ${apt}` : ""}`,
    en: `${house} ${en} ${a.en}${apt ? `, apt. ${apt}` : ""}`,
    uk: `${a.uk} ${uk} ${house}${apt ? `, кв. ${apt}` : ""}`,
  };
  return { text, kind };
}
