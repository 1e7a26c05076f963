// Line items and totals, computed in integer cents and rendered as MerchantPro's JSON floats.
// Prices are VAT-inclusive (gross); per unit: net + tax = gross; per line: unit values × quantity
// (the seed's 2 × 117.03 line shows 196.68 + 37.38 = 234.06).
import { centsToFloat, includedTax, toCents } from "../core/money";
import { SHIPPING_TAX_PERCENT } from "./constants";
import type { Product } from "./products";
import type { LineItem, LineRecord, OrderRecord } from "./types";

/** A line's money: per unit net + tax = gross, per line the unit values × quantity. */
export const LINE_MONEY_FIELDS = [
  "unit_price_net",
  "unit_tax_amount",
  "unit_price_gross",
  "line_subtotal_net",
  "line_tax_amount",
  "line_subtotal_gross",
] as const;

export type LineDescription = Omit<LineItem, "quantity" | (typeof LINE_MONEY_FIELDS)[number]>;

export function pricedLine(description: LineDescription, quantity: number, unitGrossCents: number): LineItem {
  const unitTax = includedTax(unitGrossCents, description.product_tax_percent);
  const unitNet = unitGrossCents - unitTax;
  const { meta_fields, ...rest } = description;
  return {
    ...rest,
    quantity,
    unit_price_net: centsToFloat(unitNet),
    unit_tax_amount: centsToFloat(unitTax),
    unit_price_gross: centsToFloat(unitGrossCents),
    line_subtotal_net: centsToFloat(unitNet * quantity),
    line_tax_amount: centsToFloat(unitTax * quantity),
    line_subtotal_gross: centsToFloat(unitGrossCents * quantity),
    meta_fields,
  };
}

export function productDescription(product: Product, variantIndex: number): LineDescription {
  const variant = product.variants[variantIndex % product.variants.length] ?? product.variants[0];
  return {
    item_type: "product",
    product_id: product.id,
    variant_id: variant?.id ?? null,
    variant_name: variant?.name ?? null,
    variant_options: variant?.options ?? [],
    family_sku: product.familySku,
    product_sku: variant?.sku ?? product.familySku,
    product_ean: variant?.ean ?? null,
    product_name: product.name,
    product_url: product.url,
    product_image_url: product.imageUrl,
    product_tax_name: "TVA",
    product_tax_percent: product.taxPercent,
    category_id: product.categoryId,
    category_name: product.categoryName,
    manufacturer_id: product.manufacturerId,
    manufacturer_name: product.manufacturerName,
    meta_fields: { prod_id_ref: String(7_770_000 + product.id) },
  };
}

/** A coupon is a pseudo-line with negative amounts [vendor: item_type coupon], so the lines still add up to the total. */
export function couponLine(code: string, discountCents: number): LineItem {
  return pricedLine(
    {
      item_type: "coupon",
      product_id: null,
      variant_id: null,
      variant_name: null,
      variant_options: [],
      family_sku: null,
      product_sku: code,
      product_ean: null,
      product_name: `Cupon reducere ${code}`,
      product_url: null,
      product_image_url: null,
      product_tax_name: "TVA",
      product_tax_percent: 19,
      category_id: null,
      category_name: null,
      manufacturer_id: null,
      manufacturer_name: null,
      meta_fields: null,
    },
    1,
    -discountCents,
  );
}

export function linesGrossCents(lines: readonly LineRecord[] | undefined): number {
  return (lines ?? []).reduce((sum, line) => sum + (toCents(line.line_subtotal_gross) ?? 0), 0);
}

export function shippingTaxCents(shippingCents: number): number {
  return includedTax(shippingCents, SHIPPING_TAX_PERCENT);
}

/** Re-derives total_amount and shipping_tax_amount after lines or shipping changed. */
export function applyTotals(order: OrderRecord): void {
  const shipping =
    order.shipping_amount === null || order.shipping_amount === undefined ? null : toCents(order.shipping_amount);
  order.shipping_tax_amount = shipping === null ? null : centsToFloat(shippingTaxCents(shipping));
  order.total_amount = centsToFloat(linesGrossCents(order.line_items) + (shipping ?? 0));
}
