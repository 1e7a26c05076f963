// Other plausible readings of the MerchantPro docs, chosen per sandbox (PlatformOptions.variant), for tests of
// an adapter that must not depend on the sandbox's default reading. Unknown keys are ignored.
//   shapes: "alternative"   newer payloads: ids as strings, money as decimal strings, every third product line
//                           with an item_type the docs do not list ("bundle_item"), an invoice with its number
//                           as an int and `cancelled` as 0/1, tags as bare names, internal notes with string ids
//                           and an author object, meta_fields as a list of {key, value} (on lines: ""), PHP's []
//                           for an empty object — and one order broken beyond reading (the newest: total_amount
//                           "n/a").
//   dates: "wall-clock"     date_* as Bucharest wall-clock times without an offset ("2020-03-25 07:42:28").
import { DEFAULT_SHAPES_AND_DATES, readShapesAndDates, type ShapesAndDates, wallClockText } from "../core/variant";
import { LINE_MONEY_FIELDS } from "./lines";
import type { Entry } from "./types";

export type Variant = ShapesAndDates;

export const DEFAULT_VARIANT: Variant = DEFAULT_SHAPES_AND_DATES;

export function readVariant(
  variant: Readonly<Record<string, unknown>> | undefined,
  entries: readonly Entry[],
): Variant {
  return readShapesAndDates(variant, () => {
    const newest = entries.reduce<Entry | null>((best, e) => (!best || e.createdMs > best.createdMs ? e : best), null);
    return newest?.order.id ?? null;
  });
}

type Json = Record<string, unknown>;

const MONEY = [
  "shipping_amount",
  "shipping_tax_amount",
  "total_amount",
  "currency_rate",
  "product_tax_percent",
  ...LINE_MONEY_FIELDS,
];
const DATES = ["date_created", "date_modified", "date_shipped", "date_delivered"];

function moneyAsText(record: Json): Json {
  const out = { ...record };
  for (const key of MONEY) if (typeof out[key] === "number") out[key] = (out[key] as number).toFixed(2);
  return out;
}

const metaList = (meta: unknown) =>
  meta && typeof meta === "object" ? Object.entries(meta).map(([key, value]) => ({ key, value })) : [];

/** An order's wire body (GET one, a list entry, a PATCH/POST answer) in the variant's reading. */
export function reshape(body: Json, variant: Variant): Json {
  if (variant === DEFAULT_VARIANT) return body;
  let out: Json = { ...body };
  if (variant.wallClock) {
    for (const key of DATES) {
      if (typeof out[key] === "string") out[key] = wallClockText(out[key] as string);
    }
  }
  if (!variant.alternative) return out;
  out = moneyAsText(out);
  for (const key of ["id", "customer_id", "parent_id"]) if (typeof out[key] === "number") out[key] = String(out[key]);
  if (Array.isArray(out.line_items)) {
    out.line_items = out.line_items.map((line: Json, index) => ({
      ...moneyAsText(line),
      ...(index % 3 === 2 && line.item_type === "product" ? { item_type: "bundle_item" } : {}),
      meta_fields: "",
    }));
  }
  const invoice = out.invoice as Json | null | undefined;
  if (invoice) out.invoice = { ...invoice, number: Number(invoice.number), cancelled: invoice.cancelled ? 1 : 0 };
  else if (invoice === null) out.invoice = [];
  if (Array.isArray(out.tags)) out.tags = out.tags.map((tag: Json) => tag.name);
  if (Array.isArray(out.internal_notes)) {
    out.internal_notes = out.internal_notes.map((note: Json) => ({
      id: String(note.id),
      text: note.text,
      author: { id: 1, name: "admin" },
    }));
  }
  if ("meta_fields" in out) out.meta_fields = metaList(out.meta_fields);
  if (out.shipping_delivery_info === null) out.shipping_delivery_info = [];
  if (body.id === variant.brokenOrderId && "total_amount" in out) out.total_amount = "n/a";
  return out;
}
