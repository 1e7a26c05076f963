// Static Turkish reference data for the generator: people, a small product catalogue, carriers, payments, channels.
import type { Channel } from "./types";

// biome-ignore format: a word list
export const FIRST_NAMES = [
  "Ayşe", "Fatma", "Zeynep", "Elif", "Emine", "Merve", "Büşra", "İrem", "Özge", "Şule", "Çağla", "Ece", "Selin", "Deniz",
  "Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Can", "Burak", "Murat", "Emre", "Oğuz", "Gökhan", "Serkan", "Barış", "Kerem",
];

// biome-ignore format: a word list
export const LAST_NAMES = [
  "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir", "Arslan", "Doğan",
  "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek", "Polat", "Erdoğan", "Güneş", "Aksoy",
];

export const EMAIL_DOMAINS = ["gmail.com", "hotmail.com", "outlook.com", "yandex.com.tr", "icloud.com"];

export const GIFT_NOTES = ["İyi ki doğdun!", "Nice mutlu yıllara.", "Yeni evin hayırlı olsun.", "Seni seviyorum."];

export interface Product {
  sku: string;
  name: string;
  priceTry: number; // cents, tax included
  taxRate: string;
  colors: readonly string[];
  sizes: readonly string[];
}

// Clothing at 20 %, a few legacy price lists still at 18 %, home textiles 8 %, books 1 % — as the API writes tax_rate.
// biome-ignore format: one product per line reads as the table it is
export const PRODUCTS: readonly Product[] = [
  { sku: "1185185001", name: "Basic Pamuklu Tişört", priceTry: 29_999, taxRate: "20.00", colors: ["Beyaz", "Siyah", "Lacivert"], sizes: ["S", "M", "L", "XL"] },
  { sku: "1081448001", name: "Slim Fit Kot Pantolon", priceTry: 89_999, taxRate: "20.00", colors: ["Mavi", "Siyah"], sizes: ["30", "32", "34", "36"] },
  { sku: "1203377002", name: "Oversize Kapüşonlu Sweatshirt", priceTry: 74_999, taxRate: "20.00", colors: ["Gri", "Haki"], sizes: ["S", "M", "L"] },
  { sku: "1147720005", name: "Keten Gömlek", priceTry: 64_990, taxRate: "18.00", colors: ["Bej", "Beyaz"], sizes: ["M", "L", "XL"] },
  { sku: "1220091003", name: "Deri Sneaker", priceTry: 189_999, taxRate: "20.00", colors: ["Beyaz", "Siyah"], sizes: ["38", "39", "40", "41", "42", "43"] },
  { sku: "1099813001", name: "Yün Karışımlı Kaban", priceTry: 349_999, taxRate: "20.00", colors: ["Camel", "Antrasit"], sizes: ["S", "M", "L"] },
  { sku: "1165402004", name: "Triko Kazak", priceTry: 59_999, taxRate: "18.00", colors: ["Ekru", "Bordo"], sizes: ["S", "M", "L", "XL"] },
  { sku: "1231150001", name: "Pamuk Çorap 3'lü Paket", priceTry: 14_999, taxRate: "20.00", colors: ["Çok Renkli"], sizes: ["36-40", "41-45"] },
  { sku: "1178834002", name: "Deri Kemer", priceTry: 34_990, taxRate: "20.00", colors: ["Kahverengi", "Siyah"], sizes: ["90", "100", "110"] },
  { sku: "1190066001", name: "Nevresim Takımı Çift Kişilik", priceTry: 129_999, taxRate: "8.00", colors: ["Beyaz", "Gri"], sizes: ["Standart"] },
  { sku: "1210455006", name: "Bambu Banyo Havlusu", priceTry: 24_999, taxRate: "8.00", colors: ["Krem", "Mavi"], sizes: ["70x140"] },
  { sku: "1155590002", name: "Stil Rehberi (Kitap)", priceTry: 19_500, taxRate: "1.00", colors: ["-"], sizes: ["-"] },
  { sku: "1240012001", name: "Sırt Çantası", priceTry: 79_999, taxRate: "20.00", colors: ["Siyah", "Yeşil"], sizes: ["Standart"] },
  { sku: "1133309004", name: "İpek Eşarp", priceTry: 44_999, taxRate: "20.00", colors: ["Desenli"], sizes: ["90x90"] },
];

// cargo_company ids of the tenant [assumed]; id 1 is the seed's "other".
export const CARRIERS = [
  { cargoCompany: 2, slug: "yurtici", weight: 35 },
  { cargoCompany: 3, slug: "aras", weight: 25 },
  { cargoCompany: 4, slug: "mng", weight: 15 },
  { cargoCompany: 5, slug: "ptt", weight: 10 },
  { cargoCompany: 6, slug: "hepsijet", weight: 10 },
  { cargoCompany: 7, slug: "ups", weight: 5 },
] as const;

/** The shipping_company values bulk_status_update accepts [assumed: the carriers above, the seed's "other", two more]. */
export const SHIPPING_COMPANIES: readonly string[] = [
  "other",
  ...CARRIERS.map((carrier) => carrier.slug),
  "surat",
  "sendeo",
];

export const PAYMENT_OPTIONS = [
  { id: 2, slug: "credit_card", weight: 78 },
  { id: 3, slug: "funds_transfer", weight: 8 },
  { id: 4, slug: "pay_on_delivery", weight: 9 },
  { id: 5, slug: "masterpass", weight: 5 },
] as const;

export const BIN_NUMBERS = ["454360", "540669", "552608", "979204", "415565", "528939", "434530"];

// The tenant's sales channels [assumed]: the web shop first, then two marketplaces Omnitron integrates.
export const CHANNELS: readonly (readonly [Channel, number])[] = [
  [{ id: 1, name: "Web Sitesi", channel_type: "web" }, 70],
  [{ id: 2, name: "Trendyol", channel_type: "trendyol" }, 18],
  [{ id: 3, name: "Hepsiburada", channel_type: "hepsiburada" }, 12],
];

export const IP_PREFIXES = ["85.105", "78.186", "88.230", "95.70", "176.88", "212.156", "31.223"];
