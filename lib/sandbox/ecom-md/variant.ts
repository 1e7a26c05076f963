// Other plausible readings of the ECOM.md docs, chosen per sandbox (PlatformOptions.variant), for tests of an
// adapter that must not depend on the sandbox's default reading. Unknown keys are ignored.
//   shapes: "alternative"   references as bare ids (the address's region, locality, sector, store), money as JSON
//                           numbers, every other item's product as a bare id, statuses in the help centre's form
//                           without underscores ("incollection"), payment.promo_code as {id, code}, an extra nested
//                           object — and one order broken beyond reading (the oldest: created_at null).
//   dates: "wall-clock"     created_at as Django writes it with USE_TZ off: Chișinău wall-clock time without an
//                           offset ("2025-03-11 18:25:42").
import { DEFAULT_SHAPES_AND_DATES, readShapesAndDates, type ShapesAndDates, wallClockText } from "../core/variant";
import type { OrderRecord } from "./types";

export type Variant = ShapesAndDates;

export const DEFAULT_VARIANT: Variant = DEFAULT_SHAPES_AND_DATES;

export const readVariant = (variant: Readonly<Record<string, unknown>> | undefined, orders: readonly OrderRecord[]) =>
  readShapesAndDates(variant, () => orders[0]?.id ?? null);

type Json = Record<string, unknown>;

const stripped = (status: unknown) => (typeof status === "string" ? status.replace(/_/g, "") : status);
const asNumber = (amount: unknown) => (typeof amount === "string" ? Number(amount) : amount);
const idOf = (ref: unknown) => (ref && typeof ref === "object" ? (ref as Json).id : ref);

/** The default rendering of an order, reshaped to the variant's reading. */
export function reshape(rendered: Json, order: OrderRecord, variant: Variant): Json {
  const out: Json = { ...rendered };
  if (variant.wallClock) out.created_at = wallClockText(order.createdAtText);
  if (!variant.alternative) return out;
  for (const key of ["total_price", "delivery_price", "discount"]) out[key] = asNumber(out[key]);
  out.status = stripped(out.status);
  const customer = { ...(out.customer as Json) };
  const address = customer.address as Json | null;
  if (address) {
    const refs = ["store", "region", "locality", "sector"].map((key) => [key, idOf(address[key])]);
    customer.address = { ...address, ...Object.fromEntries(refs) };
  }
  out.customer = customer;
  const payment = out.payment as Json;
  const promoId = order.payment.promoCodeId;
  out.payment = { ...payment, promo_code: promoId === null ? null : { id: promoId, code: payment.promo_code } };
  out.order_items = (out.order_items as Json[]).map((item, index) => ({
    ...item,
    product: index % 2 === 1 ? idOf(item.product) : item.product,
    price: asNumber(item.price),
    loyalty_price: asNumber(item.loyalty_price),
    order_status: stripped(item.order_status),
  }));
  out.meta = { source: { channel: "1c", exported: { by: "sync", version: 2 } } };
  if (order.id === variant.brokenOrderId) out.created_at = null;
  return out;
}
