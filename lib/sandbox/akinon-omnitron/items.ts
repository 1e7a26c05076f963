// Generated order lines. Omnitron keeps ONE order item per unit (there is no quantity field): two of the same
// shirt are two items with the same product_sku.
import { centsToDecimal } from "../core/money";
import { platformSeed, Random } from "../core/random";
import { PRODUCTS, type Product } from "./catalog";
import type { OrderItem } from "./types";

export interface Line {
  product: Product;
  color: string;
  size: string;
  priceCents: number;
  discountCents: number;
}

const CURRENCY_RATES: Record<string, number> = { try: 1, eur: 36, usd: 33 };
const PRICE_LISTS: Record<string, number> = { try: 1, eur: 2, usd: 3 };

/** A price in a foreign price list: converted from TRY and rounded to a x.90 shelf price. */
function listPrice(tryCents: number, currency: string): number {
  const rate = CURRENCY_RATES[currency] ?? 1;
  if (rate === 1) return tryCents;
  return Math.max(190, Math.round(tryCents / rate / 100) * 100 - 10);
}

/** 1–6 units; a repeat of the previous unit is a second item with the same SKU. */
export function drawLines(rng: Random, currency: string): Line[] {
  const units = rng.weighted([
    [1, 40],
    [2, 25],
    [3, 15],
    [4, 10],
    [5, 6],
    [6, 4],
  ] as const);
  const lines: Line[] = [];
  for (let i = 0; i < units; i++) {
    const previous = lines[i - 1];
    if (previous && rng.chance(0.3)) {
      lines.push({ ...previous });
      continue;
    }
    const product = rng.pick(PRODUCTS);
    const priceCents = listPrice(product.priceTry, currency);
    lines.push({
      product,
      color: rng.pick(product.colors),
      size: rng.pick(product.sizes),
      priceCents,
      discountCents: 0,
    });
  }
  return lines;
}

/** Spreads an order discount (a coupon of some percent) over its lines, in whole cents. */
export function applyCoupon(lines: Line[], percent: number): void {
  for (const line of lines) line.discountCents = Math.round((line.priceCents * percent) / 100);
}

/** The variant SKU: the product's 7-digit model code plus a 3-digit variant index (as the seed's "1185185001"). */
export function variantSku(line: Line): string {
  const { product } = line;
  const index = product.colors.indexOf(line.color) * product.sizes.length + product.sizes.indexOf(line.size) + 1;
  return `${product.sku.slice(0, 7)}${String(index).padStart(3, "0")}`;
}

/** A stable EAN-13 per variant (Türkiye's GS1 prefix 869), the same in every order. */
export function variantEan(sku: string): string {
  return new Random(platformSeed(1, sku)).ean13("869");
}

export function buildItem(rng: Random, line: Line, id: number, orderId: number, currency: string): OrderItem {
  const sku = variantSku(line);
  const marked = rng.chance(0.35);
  return {
    id,
    order: orderId,
    product_sku: sku,
    status: "400",
    price_currency: currency,
    price: centsToDecimal(line.priceCents),
    tax_rate: line.product.taxRate,
    extra_field: {},
    price_list: PRICE_LISTS[currency] ?? 1,
    stock_list: 1,
    cancel_status: null,
    invoice_number: null,
    invoice_date: null,
    e_archive_url: null,
    installment_interest_amount: "0.00",
    tracking_number: null,
    carrier_shipping_code: null,
    shipping_company: null,
    shipment_code: null,
    external_status: null,
    discount_amount: centsToDecimal(line.discountCents),
    // A struck-through shelf price when the product is marked down, else null like the seed.
    retail_price: marked ? centsToDecimal(Math.round((line.priceCents * 1.25) / 100) * 100 - 1) : null,
    // Variant details as order item attributes [assumed keys]; values are strings, as Omnitron requires.
    attributes: { color: line.color, size: line.size, barcode: variantEan(sku), product_name: line.product.name },
    attributes_kwargs: {},
    image: rng.chance(0.6) ? `https://cdn.omnitron-sandbox.test/products/${sku.slice(0, 7)}/${sku}_1.jpg` : null,
  };
}
