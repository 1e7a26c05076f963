// Turkey's address hierarchy as Seller Center references it by UUID: country → city (il) →
// township (ilçe) → district (mahalle). Reference data: its UUIDs come from a fixed seed, so they
// are the same whatever options.seed is. The seed example's four UUIDs are İstanbul / Kadıköy / Caferağa.
import { Random } from "../core/random";

export interface District {
  id: string;
  name: string;
}
export interface Township {
  id: string;
  name: string;
  postcode: string;
  districts: District[];
}
export interface City {
  id: string;
  name: string;
  /** How often the city appears in orders (population-weighted). */
  weight: number;
  townships: Township[];
}

export const TURKEY_ID = "b08eb673-dcd4-483c-a8b9-59ed76b64a1b";

// [city, weight, [[township, postcode, [districts...]], ...]]
type Row = readonly [string, number, readonly (readonly [string, string, readonly string[]])[]];
const TABLE: readonly Row[] = [
  [
    "İstanbul",
    40,
    [
      ["Kadıköy", "34710", ["Caferağa", "Fenerbahçe", "Göztepe", "Koşuyolu"]],
      ["Beşiktaş", "34353", ["Levent", "Bebek", "Sinanpaşa"]],
      ["Üsküdar", "34664", ["Altunizade", "Kuzguncuk", "Acıbadem"]],
      ["Şişli", "34381", ["Mecidiyeköy", "Teşvikiye", "Fulya"]],
      ["Bakırköy", "34142", ["Ataköy 1. Kısım", "Yeşilköy", "Zeytinlik"]],
      ["Ataşehir", "34750", ["Barbaros", "Küçükbakkalköy", "İçerenköy"]],
    ],
  ],
  [
    "Ankara",
    14,
    [
      ["Çankaya", "06690", ["Kızılay", "Bahçelievler", "Ayrancı"]],
      ["Keçiören", "06280", ["Etlik", "Kalaba", "Aktepe"]],
      ["Yenimahalle", "06170", ["Demetevler", "Ragıp Tüzün", "Karşıyaka"]],
    ],
  ],
  [
    "İzmir",
    11,
    [
      ["Karşıyaka", "35540", ["Bostanlı", "Mavişehir", "Alaybey"]],
      ["Konak", "35250", ["Alsancak", "Güzelyalı", "Göztepe"]],
      ["Bornova", "35040", ["Kazımdirik", "Erzene", "Evka 3"]],
    ],
  ],
  [
    "Bursa",
    6,
    [
      ["Nilüfer", "16110", ["Görükle", "Özlüce", "Beşevler"]],
      ["Osmangazi", "16040", ["Çekirge", "Demirtaş"]],
    ],
  ],
  [
    "Antalya",
    6,
    [
      ["Muratpaşa", "07100", ["Şirinyalı", "Fener", "Yüksekalan"]],
      ["Konyaaltı", "07070", ["Hurma", "Liman", "Uncalı"]],
    ],
  ],
  [
    "Kocaeli",
    4,
    [
      ["İzmit", "41040", ["Yahyakaptan", "Kozluk"]],
      ["Gebze", "41400", ["Osman Yılmaz", "Hacıhalil"]],
    ],
  ],
  [
    "Eskişehir",
    3,
    [
      ["Tepebaşı", "26130", ["Batıkent", "Hoşnudiye"]],
      ["Odunpazarı", "26010", ["Vişnelik", "Büyükdere"]],
    ],
  ],
  [
    "Adana",
    4,
    [
      ["Seyhan", "01010", ["Reşatbey", "Ziyapaşa"]],
      ["Çukurova", "01170", ["Toros", "Belediye Evleri"]],
    ],
  ],
  ["Gaziantep", 3, [["Şehitkamil", "27060", ["İbrahimli", "Emek"]]]],
  ["Konya", 3, [["Selçuklu", "42060", ["Bosna Hersek", "Sancak"]]]],
  ["Trabzon", 2, [["Ortahisar", "61030", ["Kemerkaya", "Pelitli"]]]],
  ["Mersin", 3, [["Yenişehir", "33110", ["Çiftlikköy", "Limonluk"]]]],
];

/** The seed example's city / township / district UUIDs, given to İstanbul / Kadıköy / Caferağa. */
const SEED_IDS: Readonly<Record<string, string>> = {
  İstanbul: "2e1adb7c-e1e8-471a-a483-0257d52fb0bc",
  "İstanbul/Kadıköy": "13a22409-e32b-4109-99bc-598ddc62c477",
  "İstanbul/Kadıköy/Caferağa": "35feab7e-4832-4d31-8448-2cbcd89092ea",
};

function buildCities(): City[] {
  const rng = new Random(0x7e5_0001);
  const id = (key: string) => {
    const generated = rng.uuid(); // always drawn, so one seed id does not shift the others
    return SEED_IDS[key] ?? generated;
  };
  return TABLE.map(([city, weight, townships]) => ({
    id: id(city),
    name: city,
    weight,
    townships: townships.map(([township, postcode, districts]) => ({
      id: id(`${city}/${township}`),
      name: township,
      postcode,
      districts: districts.map((district) => ({ id: id(`${city}/${township}/${district}`), name: district })),
    })),
  }));
}

export const CITIES: readonly City[] = buildCities();

export interface LocationIds {
  countries: ReadonlySet<string>;
  cities: ReadonlySet<string>;
  townships: ReadonlySet<string>;
  districts: ReadonlySet<string>;
}

export const LOCATION_IDS: LocationIds = {
  countries: new Set([TURKEY_ID]),
  cities: new Set(CITIES.map((city) => city.id)),
  townships: new Set(CITIES.flatMap((city) => city.townships.map((township) => township.id))),
  districts: new Set(CITIES.flatMap((city) => city.townships.flatMap((t) => t.districts.map((d) => d.id)))),
};
