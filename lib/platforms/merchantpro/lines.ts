// Line items and the totals they imply. MerchantPro prices are VAT-inclusive (gross); shipping is not a
// line. Pseudo-lines (item_type promo_cart | promo_product | discount | coupon) are kept and marked: they
// are part of the order's total, so they are shown, and their amounts make up the discount.
import { negateDecimal, sumDecimals } from "../../domain/decimal";
import type { Money, OrderLine } from "../../domain/order";
import { money } from "../wire";
import type { RawLineItem, RawOrder } from "./schema";

const PSEUDO_LINES: Record<string, string> = {
  promo_cart: "Cart promotion",
  promo_product: "Product promotion",
  discount: "Discount",
  coupon: "Coupon",
};

export function isPseudoLine(line: RawLineItem): boolean {
  return typeof line.item_type === "string" && Object.hasOwn(PSEUDO_LINES, line.item_type);
}

function variantOf(line: RawLineItem): string | null {
  if (isPseudoLine(line)) return `${PSEUDO_LINES[line.item_type ?? ""]} (discount line)`;
  if (line.variant_name) return line.variant_name;
  const options = (line.variant_options ?? []).filter((option) => option.name && option.value);
  return options.length > 0 ? options.map((option) => `${option.name}: ${option.value}`).join(", ") : null;
}

export function toLine(line: RawLineItem, index: number, currency: string): OrderLine {
  return {
    // MerchantPro: line items carry no id of their own; the position is unique within the order.
    id: String(index + 1),
    sku: line.product_sku || line.family_sku || null,
    ean: line.product_ean || null,
    name: line.product_name || PSEUDO_LINES[line.item_type ?? ""] || "Item",
    variant: variantOf(line),
    quantity: line.quantity ?? 1,
    unitPrice: money(line.unit_price_gross, currency),
    taxRate: line.product_tax_percent ?? null,
    taxAmount: money(line.line_tax_amount, currency),
    total: money(line.line_subtotal_gross, currency),
    status: null,
    imageUrl: line.product_image_url || null,
    productUrl: line.product_url || null,
  };
}

/** Every value present, or null when one is missing (a partial sum would be a wrong amount). */
function allOf(values: (string | null | undefined)[]): string[] | null {
  return values.every((value): value is string => typeof value === "string") ? values : null;
}

const abs = (value: string) => (value.startsWith("-") ? negateDecimal(value) : value);

export interface LineTotals {
  subtotal: Money | null;
  discount: Money | null;
  tax: Money | null;
}

/** Subtotal of the real lines, discount of the pseudo-lines, tax of all lines plus shipping's. */
export function lineTotals(raw: RawOrder, currency: string): LineTotals {
  const lines = raw.line_items;
  if (!lines) return { subtotal: null, discount: null, tax: null };
  const products = lines.filter((line) => !isPseudoLine(line));
  const pseudo = lines.filter(isPseudoLine);
  const gross = allOf(products.map((line) => line.line_subtotal_gross));
  // Discount lines arrive with negative amounts; their magnitude is the discount (either sign is read alike).
  const discounts = allOf(pseudo.map((line) => line.line_subtotal_gross));
  const taxes = allOf([
    ...lines.map((line) => line.line_tax_amount),
    ...(raw.shipping_tax_amount ? [raw.shipping_tax_amount] : []),
  ]);
  return {
    subtotal: gross ? money(sumDecimals(gross), currency) : null,
    discount: discounts && pseudo.length > 0 ? money(sumDecimals(discounts.map(abs)), currency) : null,
    tax: taxes && taxes.length > 0 ? money(sumDecimals(taxes), currency) : null,
  };
}
