// The seller's product offers: a fashion-and-home seller on the marketplace. Seller Center's item carries
// only the offer SKU, so variants (colour, size) live in the SKU. KDV rates: 10% textiles, 20% general, 1% basic food.
import type { Random } from "../core/random";

interface Product {
  sku: string;
  /** list price in kuruş (TRY cents) */
  listPrice: number;
  taxRate: number;
  colors: readonly string[];
  sizes: readonly string[];
}

const APPAREL = ["S", "M", "L", "XL"];
const PRODUCTS: readonly Product[] = [
  { sku: "TSH-100", listPrice: 24_990, taxRate: 10, colors: ["BLK", "WHT", "NVY"], sizes: APPAREL },
  { sku: "JNS-210", listPrice: 89_990, taxRate: 10, colors: ["IND", "BLK"], sizes: ["28", "30", "32", "34", "36"] },
  { sku: "SHR-330", listPrice: 64_990, taxRate: 10, colors: ["WHT", "BEJ", "SKY"], sizes: APPAREL },
  { sku: "SWT-120", listPrice: 74_990, taxRate: 10, colors: ["GRY", "NVY", "KHK"], sizes: APPAREL },
  { sku: "DRS-450", listPrice: 119_990, taxRate: 10, colors: ["RED", "BLK", "FLR"], sizes: ["36", "38", "40", "42"] },
  {
    sku: "SNK-400",
    listPrice: 189_990,
    taxRate: 10,
    colors: ["WHT", "BLK"],
    sizes: ["38", "39", "40", "41", "42", "43", "44"],
  },
  { sku: "WAL-050", listPrice: 45_990, taxRate: 20, colors: ["BRN", "BLK"], sizes: [] },
  { sku: "BAG-060", listPrice: 134_990, taxRate: 20, colors: ["CML", "BLK"], sizes: [] },
  { sku: "BED-600", listPrice: 129_990, taxRate: 10, colors: ["WHT", "GRY"], sizes: ["TEK", "CIFT"] },
  { sku: "TWL-610", listPrice: 34_990, taxRate: 10, colors: ["WHT", "MNT", "ANT"], sizes: [] },
  { sku: "MUG-020", listPrice: 12_990, taxRate: 20, colors: ["WHT", "BLU"], sizes: [] },
  { sku: "THM-080", listPrice: 59_990, taxRate: 20, colors: ["STL", "BLK"], sizes: ["500ML", "750ML"] },
  { sku: "AUD-700", listPrice: 249_900, taxRate: 20, colors: ["BLK", "WHT"], sizes: [] },
  { sku: "COF-250", listPrice: 14_990, taxRate: 1, colors: [], sizes: ["250G"] },
  { sku: "TEA-500", listPrice: 9_990, taxRate: 1, colors: [], sizes: ["500G", "1KG"] },
];

/** Order currencies: mostly lira, some foreign-currency orders [assumed weights]. */
export const ORDER_CURRENCIES: readonly (readonly ["try" | "usd" | "eur", number])[] = [
  ["try", 88],
  ["usd", 6],
  ["eur", 6],
];
/** Fixed conversion used to price foreign-currency orders [assumed]. */
const KURUS_PER_UNIT: Readonly<Record<string, number>> = { try: 1, usd: 34, eur: 37 };

export interface Line {
  sku: string;
  taxRate: number;
  /** unit price paid (after the product's own markdown), in cents of the order currency */
  price: number;
  /** the offer's list price, or null when the offer has none */
  retailPrice: number | null;
}

/** Converts kuruş to the order currency, priced like a shop does (x.90 in lira, x.99 abroad). */
function convert(kurus: number, currency: string): number {
  const rate = KURUS_PER_UNIT[currency] ?? 1;
  if (rate === 1) return Math.max(990, Math.round(kurus / 1000) * 1000 - 10);
  return Math.max(99, Math.round(kurus / rate / 100) * 100 - 1);
}

export function line(rng: Random, currency: string): Line {
  const product = rng.pick(PRODUCTS);
  const variant = [product.colors, product.sizes].filter((parts) => parts.length > 0).map((parts) => rng.pick(parts));
  const list = convert(product.listPrice, currency);
  const markdown = rng.weighted([
    [0, 50],
    [10, 20],
    [20, 20],
    [30, 10],
  ] as const);
  const price = markdown === 0 ? list : convert(Math.round((product.listPrice * (100 - markdown)) / 100), currency);
  return {
    sku: [product.sku, ...variant].join("-"),
    taxRate: product.taxRate,
    price,
    retailPrice: rng.chance(0.12) ? null : list,
  };
}
