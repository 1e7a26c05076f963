// Reads `line_items` from a POST/PATCH body. Money is recomputed from the gross unit price (or the net one)
// and the tax rate, so the stored lines always add up; catalogue products fill in what the client left out.
import { toCents } from "../core/money";
import { pricedLine, productDescription } from "./lines";
import { productById } from "./products";
import type { LineItem, VariantOption } from "./types";

const ITEM_TYPES = new Set<LineItem["item_type"]>(["product", "promo_cart", "promo_product", "discount", "coupon"]);

type Fields = Record<string, unknown>;

function text(input: Fields, key: string, fallback: string | null): string | null {
  const value = input[key];
  return typeof value === "string" ? value : value === null ? null : fallback;
}

function int(input: Fields, key: string, fallback: number | null): number | null {
  const value = input[key];
  if (typeof value === "number" && Number.isInteger(value)) return value;
  if (typeof value === "string" && /^\d+$/.test(value)) return Number(value);
  return value === null ? null : fallback;
}

function options(value: unknown, fallback: VariantOption[]): VariantOption[] {
  if (!Array.isArray(value)) return fallback;
  return value.flatMap((option: unknown) => {
    if (typeof option !== "object" || option === null) return [];
    const { id, name, value: optionValue } = option as Fields;
    return typeof name === "string" && typeof optionValue === "string"
      ? [{ id: typeof id === "number" ? id : 0, name, value: optionValue }]
      : [];
  });
}

function parseLine(input: unknown, index: number): LineItem | string {
  const where = `line_items[${index}]`;
  if (typeof input !== "object" || input === null || Array.isArray(input)) return `${where} must be an object.`;
  const fields = input as Fields;
  const itemType = (fields.item_type ?? "product") as LineItem["item_type"];
  if (!ITEM_TYPES.has(itemType)) return `${where}.item_type must be one of ${[...ITEM_TYPES].join(", ")}.`;
  const quantity = int(fields, "quantity", null);
  if (quantity === null || quantity < 1) return `${where}.quantity must be a positive integer.`;
  const productId = int(fields, "product_id", null);
  const product = productId === null ? undefined : productById(productId);
  const base = product ? productDescription(product, 0) : undefined;
  const tax =
    typeof fields.product_tax_percent === "number" ? fields.product_tax_percent : (base?.product_tax_percent ?? 19);
  if (tax < 0 || tax > 100) return `${where}.product_tax_percent must be between 0 and 100.`;
  const gross = toCents(fields.unit_price_gross);
  const net = toCents(fields.unit_price_net);
  const unitGross = gross ?? (net === null ? null : Math.round(net * (1 + tax / 100)));
  if (unitGross === null) return `${where} needs unit_price_gross (or unit_price_net) as a number.`;
  if (unitGross < 0 && itemType === "product") return `${where}: a product line cannot have a negative price.`;
  const name = text(fields, "product_name", base?.product_name ?? null);
  if (!name) return `${where}.product_name is required for a product outside the catalogue.`;
  const meta = fields.meta_fields;
  return pricedLine(
    {
      item_type: itemType,
      product_id: productId,
      variant_id: int(fields, "variant_id", null),
      variant_name: text(fields, "variant_name", null),
      variant_options: options(fields.variant_options, []),
      family_sku: text(fields, "family_sku", base?.family_sku ?? null),
      product_sku: text(fields, "product_sku", base?.product_sku ?? null),
      product_ean: text(fields, "product_ean", null),
      product_name: name,
      product_url: text(fields, "product_url", base?.product_url ?? null),
      product_image_url: text(fields, "product_image_url", base?.product_image_url ?? null),
      product_tax_name: text(fields, "product_tax_name", "TVA") ?? "TVA",
      product_tax_percent: tax,
      category_id: int(fields, "category_id", base?.category_id ?? null),
      category_name: text(fields, "category_name", base?.category_name ?? null),
      manufacturer_id: int(fields, "manufacturer_id", base?.manufacturer_id ?? null),
      manufacturer_name: text(fields, "manufacturer_name", base?.manufacturer_name ?? null),
      meta_fields: typeof meta === "object" && meta !== null && !Array.isArray(meta) ? stringMap(meta as Fields) : null,
    },
    quantity,
    unitGross,
  );
}

export function stringMap(input: Fields): Record<string, string> {
  return Object.fromEntries(Object.entries(input).map(([key, value]) => [key, String(value)]));
}

export function parseLines(value: unknown): LineItem[] | string {
  if (!Array.isArray(value) || value.length === 0) return "line_items must be a non-empty array.";
  const lines: LineItem[] = [];
  for (const [index, input] of value.entries()) {
    const line = parseLine(input, index);
    if (typeof line === "string") return line;
    lines.push(line);
  }
  return lines;
}
