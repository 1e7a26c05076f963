// The tenant's product catalogue: an electronics and home-appliance shop, prices in MDL.
// Product 104392 is the one the seed's upsert example orders.
import type { Localized, Product } from "../types";

// Kinds of product in [ro, ru, en, uk]; a product's name is its kind plus brand and model.
const KINDS = {
  tv: ["Televizor", "Телевизор", "TV", "Телевізор"],
  phone: ["Smartphone", "Смартфон", "Smartphone", "Смартфон"],
  laptop: ["Laptop", "Ноутбук", "Laptop", "Ноутбук"],
  fridge: ["Frigider", "Холодильник", "Refrigerator", "Холодильник"],
  washer: ["Mașină de spălat", "Стиральная машина", "Washing machine", "Пральна машина"],
  vacuum: ["Aspirator", "Пылесос", "Vacuum cleaner", "Пилосос"],
  kettle: ["Fierbător electric", "Электрочайник", "Electric kettle", "Електрочайник"],
  microwave: ["Cuptor cu microunde", "Микроволновая печь", "Microwave oven", "Мікрохвильова піч"],
  blender: ["Blender", "Блендер", "Blender", "Блендер"],
  coffee: ["Espressor", "Кофемашина", "Coffee machine", "Кавомашина"],
  headphones: ["Căști", "Наушники", "Headphones", "Навушники"],
  iron: ["Fier de călcat", "Утюг", "Iron", "Праска"],
  batteries: ["Baterii", "Батарейки", "Batteries", "Батарейки"],
  cable: ["Cablu", "Кабель", "Cable", "Кабель"],
  speaker: ["Boxă portabilă", "Портативная колонка", "Portable speaker", "Портативна колонка"],
  mixer: ["Mixer", "Миксер", "Hand mixer", "Міксер"],
  hairdryer: ["Uscător de păr", "Фен", "Hair dryer", "Фен"],
  heater: ["Convector", "Конвектор", "Convector heater", "Конвектор"],
} as const;

type Kind = keyof typeof KINDS;

// [id, code, kind, brand and model, price in MDL]
const ROWS: readonly (readonly [number, string, Kind, string, number])[] = [
  [104392, "BAT-DUR-AA4", "batteries", "Duracell AA x4", 94],
  [104393, "BAT-VAR-AAA4", "batteries", "Varta AAA x4", 79],
  [104401, "TV-SAM-UE55CU7100", "tv", "Samsung UE55CU7100", 9499],
  [104402, "TV-LG-43UR78006", "tv", "LG 43UR78006LK", 6299],
  [104403, "TV-XIA-A2-32", "tv", 'Xiaomi Mi TV A2 32"', 3199],
  [104404, "TV-SON-KD65X75", "tv", "Sony KD-65X75WL", 15999],
  [104411, "PH-SAM-A55-128", "phone", "Samsung Galaxy A55 8/128GB", 7499],
  [104412, "PH-APL-IP15-128", "phone", "Apple iPhone 15 128GB", 15999],
  [104413, "PH-XIA-RN13-256", "phone", "Xiaomi Redmi Note 13 8/256GB", 4299],
  [104414, "PH-MOT-G54", "phone", "Motorola Moto G54 12/256GB", 3799],
  [104421, "NB-LEN-IP3-15", "laptop", "Lenovo IdeaPad 3 15IAU7", 9999],
  [104422, "NB-ASU-VB16", "laptop", "ASUS Vivobook 16 X1605", 11499],
  [104423, "NB-APL-MBA13-M2", "laptop", "Apple MacBook Air 13 M2", 21999],
  [104431, "FR-BOS-KGN39VW", "fridge", "Bosch KGN39VWEQ", 12999],
  [104432, "FR-ATL-XM4021", "fridge", "Atlant XM-4021-000", 7299],
  [104433, "FR-SAM-RB34T6", "fridge", "Samsung RB34T600FSA", 11799],
  [104441, "WM-LG-F2WV3S7", "washer", "LG F2WV3S7S6E", 8999],
  [104442, "WM-IND-BWSA61051", "washer", "Indesit BWSA 61051 W", 5499],
  [104451, "VC-DYS-V8", "vacuum", "Dyson V8 Absolute", 8499],
  [104452, "VC-PHI-XB2140", "vacuum", "Philips XB2140/09", 1999],
  [104453, "VC-XIA-S10", "vacuum", "Xiaomi Robot Vacuum S10", 3999],
  [104461, "KT-TEF-KO2508", "kettle", "Tefal KO2508", 599],
  [104462, "KT-PHI-HD9318", "kettle", "Philips HD9318/00", 749],
  [104471, "MW-SAM-MS23K3513", "microwave", "Samsung MS23K3513AW", 2199],
  [104472, "MW-GOR-MO20E1W", "microwave", "Gorenje MO20E1W", 1499],
  [104481, "BL-BRA-MQ5237", "blender", "Braun MultiQuick 5 MQ5237", 1899],
  [104491, "CF-DEL-ECAM22110", "coffee", "De'Longhi Magnifica S ECAM22.110.B", 6999],
  [104492, "CF-PHI-EP2220", "coffee", "Philips Series 2200 EP2220/10", 6499],
  [104501, "HP-SON-WH1000XM5", "headphones", "Sony WH-1000XM5", 5999],
  [104502, "HP-JBL-T520BT", "headphones", "JBL Tune 520BT", 899],
  [104503, "HP-APL-AIRPODS3", "headphones", "Apple AirPods (3rd gen)", 3299],
  [104511, "IR-PHI-DST7030", "iron", "Philips DST7030/20", 1299],
  [104512, "IR-TEF-FV2867", "iron", "Tefal Express Steam FV2867", 999],
  [104521, "CB-BAS-USBC-1M", "cable", "Baseus USB-C 1 m", 149],
  [104522, "CB-UGR-HDMI-2M", "cable", "Ugreen HDMI 2.0 2 m", 189],
  [104531, "SP-JBL-FLIP6", "speaker", "JBL Flip 6", 2399],
  [104532, "SP-JBL-GO3", "speaker", "JBL Go 3", 699],
  [104541, "MX-BOS-MFQ2210", "mixer", "Bosch MFQ2210D", 549],
  [104551, "HD-ROW-CV5712", "hairdryer", "Rowenta CV5712F0", 899],
  [104561, "HT-ELE-ECH-AG2", "heater", "Electrolux ECH/AG2-1500", 1599],
];

export const PRODUCTS: readonly Product[] = ROWS.map(([id, code, kind, model, mdl]) => {
  const [ro, ru, en, uk] = KINDS[kind];
  const name: Localized = { ro: `${ro} ${model}`, ru: `${ru} ${model}`, en: `${en} ${model}`, uk: `${uk} ${model}` };
  return { id, code, name, priceCents: mdl * 100 };
});

export const productById = new Map(PRODUCTS.map((p) => [p.id, p]));
