// The demo shop's catalogue: a general Romanian online store (fashion, home, books, food) so that the
// three VAT rates appear: 19% standard, 9% food, 5% books.
import { Random } from "../core/random";
import { SHOP_URL } from "./constants";
import type { VariantOption } from "./types";

interface ProductSpec {
  id: number;
  name: string;
  sku: string;
  category: readonly [number, string];
  manufacturer: readonly [number, string] | null;
  tax: number;
  priceCents: number;
  /** Option name and values; none = a product without variants. */
  options?: readonly [number, string, readonly string[]];
}

const SIZE_SHOES = [27884, "Marime", ["36", "37", "38", "39", "40", "41"]] as const;
const SIZE_CLOTHES = [27885, "Marime", ["S", "M", "L", "XL"]] as const;
const COLOUR = [1, "Culoare", ["alb", "negru", "gri", "bej"]] as const;

// biome-ignore format: one product per line reads as a table
const SPECS: readonly ProductSpec[] = [
  { id: 259, name: "Sandale dama Giuseppe Zanotti Swarovski", sku: "GZ-SW-259", category: [18, "Sandale"], manufacturer: [1000050, "Giuseppe-Zanotti"], tax: 19, priceCents: 21899, options: SIZE_SHOES },
  { id: 5087, name: "Pantofi Inko Nude", sku: "V01 nude pu", category: [6, "Pantofi"], manufacturer: null, tax: 19, priceCents: 10900, options: SIZE_SHOES },
  { id: 5088, name: "Pantofi Gabel Bej", sku: "JA-1388-C BEIGE", category: [6, "Pantofi"], manufacturer: null, tax: 19, priceCents: 6900, options: SIZE_SHOES },
  { id: 5120, name: "Ghete piele Otter", sku: "OT-GH-41", category: [6, "Pantofi"], manufacturer: [1000072, "Otter"], tax: 19, priceCents: 38900, options: SIZE_SHOES },
  { id: 53, name: "Rochie Floral Laser Suede", sku: "MK-FLS-53", category: [9, "Rochii"], manufacturer: [1000017, "Michael Kors"], tax: 19, priceCents: 89199, options: SIZE_CLOTHES },
  { id: 61, name: "Rochie midi din in", sku: "RM-IN-61", category: [9, "Rochii"], manufacturer: [1000031, "Nissa"], tax: 19, priceCents: 24990, options: SIZE_CLOTHES },
  { id: 77, name: "Tricou bumbac organic", sku: "TB-ORG-77", category: [10, "Tricouri"], manufacturer: [1000044, "Tudor Tailor"], tax: 19, priceCents: 5990, options: SIZE_CLOTHES },
  { id: 78, name: "Camasa barbati slim fit", sku: "CB-SF-78", category: [11, "Camasi"], manufacturer: [1000044, "Tudor Tailor"], tax: 19, priceCents: 14900, options: SIZE_CLOTHES },
  { id: 90, name: "Geaca de fas impermeabila", sku: "GF-IMP-90", category: [12, "Geci"], manufacturer: [1000061, "Joop"], tax: 19, priceCents: 45900, options: SIZE_CLOTHES },
  { id: 1958, name: "Lustra Massive Menelaus", sku: "3484", category: [2, "Lustre"], manufacturer: [1000080, "Massive"], tax: 19, priceCents: 36539, options: COLOUR },
  { id: 1960, name: "Veioza birou LED", sku: "VB-LED-1960", category: [3, "Veioze"], manufacturer: [1000081, "Philips"], tax: 19, priceCents: 12999, options: COLOUR },
  { id: 2101, name: "Set lenjerie pat bumbac satinat", sku: "LP-SAT-2101", category: [4, "Textile casa"], manufacturer: [1000090, "Casa Bella"], tax: 19, priceCents: 18900, options: COLOUR },
  { id: 2102, name: "Perna memory foam", sku: "PMF-2102", category: [4, "Textile casa"], manufacturer: [1000090, "Casa Bella"], tax: 19, priceCents: 9990 },
  { id: 2210, name: "Cana ceramica pictata manual Horezu", sku: "CC-HRZ-2210", category: [5, "Bucatarie"], manufacturer: null, tax: 19, priceCents: 4500 },
  { id: 2215, name: "Tigaie ceramica 28 cm", sku: "TC-28-2215", category: [5, "Bucatarie"], manufacturer: [1000095, "Tefal"], tax: 19, priceCents: 15999 },
  { id: 2301, name: "Espressor manual Barista", sku: "EM-BAR-2301", category: [7, "Electrocasnice"], manufacturer: [1000096, "De'Longhi"], tax: 19, priceCents: 129900 },
  { id: 2302, name: "Fierbator electric 1.7 L", sku: "FE-17-2302", category: [7, "Electrocasnice"], manufacturer: [1000081, "Philips"], tax: 19, priceCents: 17900 },
  { id: 3001, name: "Cafea boabe Arabica 1 kg", sku: "CAF-ARB-1KG", category: [20, "Cafea si ceai"], manufacturer: [1000101, "Lavazza"], tax: 9, priceCents: 8990 },
  { id: 3002, name: "Ceai verde Sencha 100 g", sku: "CEAI-SEN-100", category: [20, "Cafea si ceai"], manufacturer: null, tax: 9, priceCents: 2450 },
  { id: 3010, name: "Miere de salcam 500 g", sku: "MIERE-SAL-500", category: [21, "Bacanie"], manufacturer: [1000102, "Apicola Prahova"], tax: 9, priceCents: 3200 },
  { id: 3011, name: "Dulceata de afine 370 g", sku: "DULC-AF-370", category: [21, "Bacanie"], manufacturer: null, tax: 9, priceCents: 1890 },
  { id: 4001, name: "Carte: Maitreyi - Mircea Eliade", sku: "ISBN-9789734645", category: [30, "Carti"], manufacturer: [1000110, "Humanitas"], tax: 5, priceCents: 3900 },
  { id: 4002, name: "Carte: Ion - Liviu Rebreanu", sku: "ISBN-9789734672", category: [30, "Carti"], manufacturer: [1000111, "Polirom"], tax: 5, priceCents: 3450 },
  { id: 4003, name: "Carte: Solenoid - Mircea Cartarescu", sku: "ISBN-9789735045", category: [30, "Carti"], manufacturer: [1000110, "Humanitas"], tax: 5, priceCents: 7900 },
  { id: 5001, name: "Jucarie din lemn Puzzle harta Romaniei", sku: "JL-PZ-5001", category: [40, "Jucarii"], manufacturer: null, tax: 19, priceCents: 6490 },
  { id: 5002, name: "Set LEGO Classic 900 piese", sku: "LEGO-11030", category: [40, "Jucarii"], manufacturer: [1000120, "LEGO"], tax: 19, priceCents: 21999 },
  { id: 5101, name: "Sosete bumbac set 3 perechi", sku: "SOS-3P-5101", category: [13, "Accesorii"], manufacturer: null, tax: 19, priceCents: 1523, options: SIZE_CLOTHES },
  { id: 5102, name: "Curea piele naturala", sku: "CUR-PN-5102", category: [13, "Accesorii"], manufacturer: [1000061, "Joop"], tax: 19, priceCents: 17900 },
];

export interface Product {
  id: number;
  name: string;
  familySku: string;
  categoryId: number;
  categoryName: string;
  manufacturerId: number;
  manufacturerName: string | null;
  taxPercent: number;
  priceCents: number;
  url: string;
  imageUrl: string;
  variants: { id: number; name: string | null; options: VariantOption[]; sku: string; ean: string }[];
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function build(): Product[] {
  // A fixed generator: the catalogue (and its EANs) is the same whatever the data seed.
  const random = new Random(0x4d50);
  return SPECS.map((spec) => {
    const values = spec.options?.[2] ?? [null];
    return {
      id: spec.id,
      name: spec.name,
      familySku: spec.sku,
      categoryId: spec.category[0],
      categoryName: spec.category[1],
      manufacturerId: spec.manufacturer?.[0] ?? 0,
      manufacturerName: spec.manufacturer?.[1] ?? null,
      taxPercent: spec.tax,
      priceCents: spec.priceCents,
      url: `${SHOP_URL}/cumpara?id=${spec.id}`,
      imageUrl: `https://s.cdnmpro.com/272414248/p/l/${spec.id % 10}/${slug(spec.name)}~${spec.id}.jpg`,
      variants: values.map((value, i) => ({
        id: 10_000_000 + spec.id * 10 + i,
        name: value === null || !spec.options ? null : `${spec.options[1]}: ${value}`,
        options: value === null || !spec.options ? [] : [{ id: spec.options[0], name: spec.options[1], value }],
        sku: value === null ? spec.sku : `${spec.sku} ${value}`,
        ean: random.ean13("594"),
      })),
    };
  });
}

export const PRODUCTS: readonly Product[] = build();

export function productById(id: number): Product | undefined {
  return PRODUCTS.find((product) => product.id === id);
}
