// Moldova's regions, localities and Chișinău's sectors as the tenant's catalogue lists them.
// Ids are the tenant's own (the seed's upsert names region 101, locality 63933, sector 11).
import type { Locality, Localized, Region, Sector } from "../types";

const loc = (ro: string, ru: string, en: string, uk: string): Localized => ({ ro, ru, en, uk });

// [id, ro, ru, en, uk]
const REGION_ROWS: readonly (readonly [number, string, string, string, string])[] = [
  [101, "mun. Chișinău", "мун. Кишинёв", "Chisinau municipality", "мун. Кишинів"],
  [102, "mun. Bălți", "мун. Бельцы", "Balti municipality", "мун. Бєльці"],
  [103, "Cahul", "Кагул", "Cahul", "Кагул"],
  [104, "Orhei", "Оргеев", "Orhei", "Оргіїв"],
  [105, "Ungheni", "Унгены", "Ungheni", "Унгени"],
  [106, "Soroca", "Сороки", "Soroca", "Сороки"],
  [107, "Hîncești", "Хынчешты", "Hincesti", "Хинчешти"],
  [108, "UTA Găgăuzia (Comrat)", "АТО Гагаузия (Комрат)", "Gagauzia (Comrat)", "АТО Гагаузія (Комрат)"],
  [109, "Edineț", "Единец", "Edinet", "Єдинці"],
  [110, "Strășeni", "Страшены", "Straseni", "Страшени"],
  [111, "Ialoveni", "Яловены", "Ialoveni", "Яловени"],
  [112, "Anenii Noi", "Новые Анены", "Anenii Noi", "Нові Анени"],
  [113, "Călărași", "Кэлэраш", "Calarasi", "Келераш"],
  [114, "Florești", "Флорешты", "Floresti", "Флорешти"],
  [115, "Drochia", "Дрокия", "Drochia", "Дрокія"],
  [116, "Căușeni", "Каушаны", "Causeni", "Каушани"],
];

export const REGIONS: readonly Region[] = REGION_ROWS.map(([id, ro, ru, en, uk]) => ({
  id,
  name: loc(ro, ru, en, uk),
}));

// [id, region id, zip, ro, ru, en, uk]
type LocalityRow = readonly [number, number, number, string, string, string, string];

const LOCALITY_ROWS: readonly LocalityRow[] = [
  [63933, 101, 2068, "Chișinău", "Кишинёв", "Chisinau", "Кишинів"],
  [63934, 101, 2051, "Codru", "Кодру", "Codru", "Кодру"],
  [63935, 101, 2003, "Durlești", "Дурлешты", "Durlesti", "Дурлешти"],
  [63936, 101, 2090, "Sîngera", "Сынжера", "Singera", "Синжера"],
  [63937, 101, 2055, "Vatra", "Ватра", "Vatra", "Ватра"],
  [63938, 101, 2085, "Băcioi", "Бачой", "Bacioi", "Бачой"],
  [63939, 101, 2084, "Cricova", "Криково", "Cricova", "Крикова"],
  [63940, 101, 2046, "Stăuceni", "Ставчены", "Stauceni", "Ставчени"],
  [63941, 101, 2088, "Bubuieci", "Бубуечь", "Bubuieci", "Бубуєчі"],
  [63942, 101, 4832, "Vadul lui Vodă", "Вадул луй Водэ", "Vadul lui Voda", "Вадул-луй-Воде"],
  [64010, 102, 3100, "Bălți", "Бельцы", "Balti", "Бєльці"],
  [64011, 102, 3112, "Elizaveta", "Елизавета", "Elizaveta", "Єлизавета"],
  [64012, 102, 3113, "Sadovoe", "Садовое", "Sadovoe", "Садове"],
  [64110, 103, 3909, "Cahul", "Кагул", "Cahul", "Кагул"],
  [64111, 103, 5318, "Giurgiulești", "Джурджулешты", "Giurgiulesti", "Джурджулешти"],
  [64112, 103, 3914, "Colibași", "Колибаш", "Colibasi", "Колибаш"],
  [64113, 103, 3920, "Crihana Veche", "Старая Крихана", "Crihana Veche", "Стара Кріхана"],
  [64210, 104, 3505, "Orhei", "Оргеев", "Orhei", "Оргіїв"],
  [64211, 104, 3542, "Peresecina", "Пересечино", "Peresecina", "Пересічене"],
  [64212, 104, 3555, "Susleni", "Сусленый", "Susleni", "Суслени"],
  [64213, 104, 3541, "Trebujeni", "Требужены", "Trebujeni", "Требужени"],
  [64310, 105, 3601, "Ungheni", "Унгены", "Ungheni", "Унгени"],
  [64311, 105, 3610, "Cornești", "Корнешты", "Cornesti", "Корнешти"],
  [64312, 105, 3615, "Sculeni", "Скулень", "Sculeni", "Скулени"],
  [64313, 105, 3640, "Pîrlița", "Пырлица", "Pirlita", "Пирліца"],
  [64410, 106, 3001, "Soroca", "Сороки", "Soroca", "Сороки"],
  [64411, 106, 3031, "Vădeni", "Вэдень", "Vadeni", "Веден"],
  [64412, 106, 3024, "Cosăuți", "Косэуць", "Cosauti", "Косеуць"],
  [64510, 107, 3401, "Hîncești", "Хынчешты", "Hincesti", "Хинчешти"],
  [64511, 107, 3435, "Lăpușna", "Лапушна", "Lapusna", "Лапушна"],
  [64512, 107, 3422, "Cărpineni", "Карпинены", "Carpineni", "Карпінени"],
  [64610, 108, 3801, "Comrat", "Комрат", "Comrat", "Комрат"],
  [64611, 108, 3820, "Congaz", "Конгаз", "Congaz", "Конгаз"],
  [64612, 108, 3828, "Chirsova", "Кирсово", "Chirsova", "Кірсова"],
  [64710, 109, 4601, "Edineț", "Единец", "Edinet", "Єдинці"],
  [64711, 109, 4615, "Cupcini", "Купчинь", "Cupcini", "Купчинь"],
  [64712, 109, 4626, "Gordinești", "Гординешты", "Gordinesti", "Гординешти"],
  [64810, 110, 3701, "Strășeni", "Страшены", "Straseni", "Страшени"],
  [64811, 110, 3721, "Bucovăț", "Буковэц", "Bucovat", "Буковець"],
  [64812, 110, 3733, "Lozova", "Лозова", "Lozova", "Лозова"],
  [64910, 111, 6801, "Ialoveni", "Яловены", "Ialoveni", "Яловени"],
  [64911, 111, 6816, "Costești", "Костешты", "Costesti", "Костешти"],
  [64912, 111, 6825, "Ruseștii Noi", "Новые Русешты", "Rusestii Noi", "Нові Русешти"],
  [65010, 112, 6501, "Anenii Noi", "Новые Анены", "Anenii Noi", "Нові Анени"],
  [65011, 112, 6512, "Bulboaca", "Булбоака", "Bulboaca", "Булбоака"],
  [65012, 112, 6524, "Varnița", "Варница", "Varnita", "Варниця"],
  [65110, 113, 4401, "Călărași", "Кэлэраш", "Calarasi", "Келераш"],
  [65111, 113, 4422, "Hîrjauca", "Хыржаука", "Hirjauca", "Хиржаука"],
  [65210, 114, 5001, "Florești", "Флорешты", "Floresti", "Флорешти"],
  [65211, 114, 5032, "Mărculești", "Маркулешты", "Marculesti", "Маркулешти"],
  [65310, 115, 5201, "Drochia", "Дрокия", "Drochia", "Дрокія"],
  [65311, 115, 5215, "Zgurița", "Згурица", "Zgurita", "Згуриця"],
  [65410, 116, 4301, "Căușeni", "Каушаны", "Causeni", "Каушани"],
  [65411, 116, 4335, "Zaim", "Заим", "Zaim", "Заїм"],
];

export const LOCALITIES: readonly Locality[] = LOCALITY_ROWS.map(([id, regionId, zipCode, ro, ru, en, uk]) => ({
  id,
  regionId,
  zipCode,
  name: loc(ro, ru, en, uk),
}));

/** Chișinău's five sectors; only Chișinău addresses carry one. */
export const SECTORS: readonly Sector[] = [
  { id: 7, name: loc("Botanica", "Ботаника", "Botanica", "Ботаніка") },
  { id: 8, name: loc("Buiucani", "Буюканы", "Buiucani", "Буюкани") },
  { id: 9, name: loc("Centru", "Центр", "Centre", "Центр") },
  { id: 10, name: loc("Ciocana", "Чеканы", "Ciocana", "Чекани") },
  { id: 11, name: loc("Rîșcani", "Рышкановка", "Riscani", "Ришкани") },
];

export const CHISINAU_REGION_ID = 101;
export const CHISINAU_CITY_ID = 63933;

export const regionById = new Map(REGIONS.map((r) => [r.id, r]));
export const localityById = new Map(LOCALITIES.map((l) => [l.id, l]));
export const sectorById = new Map(SECTORS.map((s) => [s.id, s]));
