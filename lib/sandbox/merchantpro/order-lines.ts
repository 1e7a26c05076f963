// Picks an order's products, coupon and shipping fee so that everything adds up in cents.
import type { Random } from "../core/random";
import { EUR_RON_RATE, FREE_SHIPPING_FROM_CENTS } from "./constants";
import { couponLine, linesGrossCents, pricedLine, productDescription } from "./lines";
import { PRODUCTS } from "./products";
import type { ShippingMethod } from "./reference";
import type { LineItem } from "./types";

const COUPONS = ["VARA10", "BINEAIVENIT", "CLIENTFIDEL", "REDUCERE10"];

export interface PricedOrder {
  lines: LineItem[];
  shippingCents: number;
  couponCode: string | null;
}

function inCurrency(ronCents: number, eur: boolean): number {
  return eur ? Math.round(ronCents / EUR_RON_RATE) : ronCents;
}

function shippingFee(method: ShippingMethod, goodsCents: number, eur: boolean): number {
  return goodsCents >= inCurrency(FREE_SHIPPING_FROM_CENTS, eur) ? 0 : inCurrency(method.feeCents, eur);
}

function distinctProducts(random: Random, count: number) {
  const chosen = new Set<number>();
  while (chosen.size < Math.min(count, PRODUCTS.length)) chosen.add(random.int(0, PRODUCTS.length - 1));
  return [...chosen].map((index) => PRODUCTS[index]!);
}

/** Ordinary basket: 1–6 catalogue lines, sometimes a coupon, free shipping over the threshold. */
export function randomBasket(random: Random, method: ShippingMethod, eur: boolean): PricedOrder {
  const count = random.weighted([
    [1, 40],
    [2, 30],
    [3, 15],
    [4, 8],
    [5, 4],
    [6, 3],
  ] as const);
  const lines = distinctProducts(random, count).map((product) =>
    pricedLine(
      productDescription(product, random.int(0, 9)),
      random.weighted([
        [1, 80],
        [2, 15],
        [3, 5],
      ] as const),
      inCurrency(product.priceCents, eur),
    ),
  );
  const goods = linesGrossCents(lines);
  let couponCode: string | null = null;
  let discount = 0;
  if (random.chance(0.1) && goods > 5000) {
    couponCode = random.pick(COUPONS);
    discount = Math.floor(goods / 1000) * 100; // 10%, rounded down to whole lei as shops configure it
    lines.push(couponLine(couponCode, discount));
  }
  return { lines, shippingCents: shippingFee(method, goods - discount, eur), couponCode };
}

/**
 * A basket worth exactly `totalCents` (for the seed's records whose totals the docs fix): catalogue lines at
 * list price while they fit, then one line priced to the remainder.
 */
export function basketForTotal(random: Random, method: ShippingMethod, totalCents: number): PricedOrder {
  const shippingCents = shippingFee(method, totalCents, false);
  const goods = totalCents - shippingCents;
  const products = distinctProducts(random, random.int(1, 3));
  const lines: LineItem[] = [];
  let used = 0;
  for (const product of products.slice(0, -1)) {
    if (used + product.priceCents > goods * 0.6) continue;
    lines.push(pricedLine(productDescription(product, random.int(0, 9)), 1, product.priceCents));
    used += product.priceCents;
  }
  const last = products[products.length - 1]!;
  lines.push(pricedLine(productDescription(last, random.int(0, 9)), 1, goods - used));
  return { lines, shippingCents, couponCode: null };
}
