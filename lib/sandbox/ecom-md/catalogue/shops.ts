// The tenant's stores (self-pickup points, grouped by `group`) and its promo codes.
// Shop 2 and promo code 1 are the ones the seed's upsert example names.
import type { Localized, PromoCode, Shop } from "../types";

const loc = (ro: string, ru: string, en: string, uk: string): Localized => ({ ro, ru, en, uk });

export const SHOPS: readonly Shop[] = [
  {
    id: 1,
    group: 1,
    name: loc("Magazin Botanica", "Магазин Ботаника", "Botanica store", "Магазин Ботаніка"),
    address: loc("bd. Dacia 47/2", "бул. Дачия 47/2", "47/2 Dacia Blvd.", "бул. Дачія 47/2"),
    phone: "+37322555101",
    regionId: 101,
    localityId: 63933,
    sectorId: 7,
    workHours: "09:00-21:00",
  },
  {
    id: 2,
    group: 1,
    name: loc("Magazin Centru", "Магазин Центр", "City Centre store", "Магазин Центр"),
    address: loc(
      "str. Ștefan cel Mare 12",
      "ул. Штефан чел Маре 12",
      "12 Stefan cel Mare St.",
      "вул. Штефан чел Маре 12",
    ),
    phone: "+37322555102",
    regionId: 101,
    localityId: 63933,
    sectorId: 9,
    workHours: "09:00-21:00",
  },
  {
    id: 3,
    group: 1,
    name: loc("Magazin Rîșcani", "Магазин Рышкановка", "Riscani store", "Магазин Ришкани"),
    address: loc("bd. Moscova 14/1", "бул. Московский 14/1", "14/1 Moscova Blvd.", "бул. Московський 14/1"),
    phone: "+37322555103",
    regionId: 101,
    localityId: 63933,
    sectorId: 11,
    workHours: "10:00-20:00",
  },
  {
    id: 4,
    group: 1,
    name: loc("Magazin Bălți", "Магазин Бельцы", "Balti store", "Магазин Бєльці"),
    address: loc("str. Independenței 6/3", "ул. Индепенденцей 6/3", "6/3 Independentei St.", "вул. Індепенденцей 6/3"),
    phone: "+37323155104",
    regionId: 102,
    localityId: 64010,
    sectorId: null,
    workHours: "09:00-19:00",
  },
  {
    id: 5,
    group: 2,
    name: loc("Depozit Cahul", "Склад Кагул", "Cahul warehouse", "Склад Кагул"),
    address: loc("str. Republicii 21", "ул. Республики 21", "21 Republicii St.", "вул. Республіки 21"),
    phone: "+37329955105",
    regionId: 103,
    localityId: 64110,
    sectorId: null,
    workHours: "08:00-17:00",
  },
  {
    id: 6,
    group: 2,
    name: loc("Punct de ridicare Orhei", "Пункт выдачи Оргеев", "Orhei pickup point", "Пункт видачі Оргіїв"),
    address: loc("str. Vasile Lupu 33", "ул. Василе Лупу 33", "33 Vasile Lupu St.", "вул. Василе Лупу 33"),
    phone: "+37323555106",
    regionId: 104,
    localityId: 64210,
    sectorId: null,
    workHours: "09:00-18:00",
  },
];

export const shopById = new Map(SHOPS.map((s) => [s.id, s]));

export const PROMO_CODES: readonly PromoCode[] = [
  {
    id: 1,
    code: "BINEVENIT10",
    name: loc("Bun venit: -10%", "Добро пожаловать: -10%", "Welcome: -10%", "Ласкаво просимо: -10%"),
    discountType: "percent",
    value: 10,
    isActive: true,
    validUntil: "2026-12-31",
  },
  {
    id: 2,
    code: "VARA15",
    name: loc("Reduceri de vară -15%", "Летние скидки -15%", "Summer sale -15%", "Літні знижки -15%"),
    discountType: "percent",
    value: 15,
    isActive: true,
    validUntil: "2026-08-31",
  },
  {
    id: 3,
    code: "ECOM200",
    name: loc("200 lei reducere", "Скидка 200 леев", "200 MDL off", "Знижка 200 леїв"),
    discountType: "fixed",
    value: 20_000,
    isActive: true,
    validUntil: "2026-06-30",
  },
  {
    id: 4,
    code: "BLACKFRIDAY20",
    name: loc("Black Friday -20%", "Чёрная пятница -20%", "Black Friday -20%", "Чорна п'ятниця -20%"),
    discountType: "percent",
    value: 20,
    isActive: false,
    validUntil: "2025-11-30",
  },
  {
    id: 5,
    code: "LIVRARE50",
    name: loc("50 lei la livrare", "50 леев на доставку", "50 MDL off delivery", "50 леїв на доставку"),
    discountType: "fixed",
    value: 5_000,
    isActive: true,
    validUntil: "2026-12-31",
  },
];

export const promoCodeById = new Map(PROMO_CODES.map((p) => [p.id, p]));
