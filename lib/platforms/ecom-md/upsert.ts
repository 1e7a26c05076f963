// The status change body. ECOM.md quirk: there is no status endpoint; the order is upserted
// (`POST /external/external-order/`, a JSON ARRAY of orders) with the new `order_status` on its items.
// The upsert may replace the order rather than merge it, so it repeats everything the order already has
// (assumed.ts, upsertReplacesOrder): shop, rrn, promo code, address and each item's product, quantity and price.
import { PlatformError } from "../errors";
import { ECOM_ASSUMED } from "./assumed";
import { orderItems } from "./items";
import { refId } from "./mappers";
import type { RawOrder } from "./schema";

export type UpsertValue = string | number;

export interface UpsertItem {
  order_id: UpsertValue;
  order_status: string;
  product?: UpsertValue;
  quantity?: number;
  loyalty_price?: string;
}

export type UpsertAddress = Partial<Record<(typeof ECOM_ASSUMED.upsertAddressKeys)[number], UpsertValue>>;

export interface UpsertOrder {
  order_id: UpsertValue;
  shop?: UpsertValue;
  rrn?: string;
  promocode?: UpsertValue;
  address?: UpsertAddress;
  order_items: UpsertItem[];
}

/** What the upsert repeats beside the order as read: its delivery address and its promo code's id. */
export interface OrderExtras {
  address?: UpsertAddress | null;
  promoCodeId?: string | null;
}

/** Ids go back as the ints the seed's example sends; anything non-numeric as sent. */
export const wireOut = (id: string): UpsertValue => (/^\d{1,15}$/.test(id) ? Number(id) : id);

const ADDRESS_TEXT_KEYS = new Set<string>(["address_ro", "address_ru", "address_en", "address_uk", "address_type"]);

/**
 * The delivery address as GET /external/external-order/{id}/address/ answers it (its keys are the upsert's),
 * ready to be sent back: references as their ids, ids and zip codes as the ints the seed sends, texts as read.
 * `language`: where only the plain `address` is given, it is the text in the connection's language.
 */
export function upsertAddress(body: Record<string, unknown>, language: string): UpsertAddress {
  const out: UpsertAddress = {};
  const source = { ...body };
  const localized = `address_${language}`;
  if (source[localized] == null && typeof source.address === "string") source[localized] = source.address;
  for (const key of ECOM_ASSUMED.upsertAddressKeys) {
    const value = source[key];
    if (value === null || value === undefined) continue;
    if (ADDRESS_TEXT_KEYS.has(key)) {
      if (typeof value === "string" || typeof value === "number") out[key] = String(value);
      continue;
    }
    const ref = typeof value === "object" ? (value as { id?: unknown }).id : value;
    if (typeof ref === "number") out[key] = ref;
    else if (typeof ref === "string" && ref.trim() !== "") out[key] = wireOut(ref.trim());
  }
  return out;
}

export function statusUpsert(order: RawOrder, status: string, extras: OrderExtras = {}): UpsertOrder[] {
  const repeat = ECOM_ASSUMED.upsertReplacesOrder;
  const items = orderItems(order).flatMap((item): UpsertItem[] => {
    if (item.id === null) return [];
    const entry: UpsertItem = { [ECOM_ASSUMED.upsertItemIdKey]: wireOut(item.id), order_status: status };
    if (repeat && item.productId !== null) entry.product = wireOut(item.productId);
    if (repeat && item.quantity !== null) entry.quantity = item.quantity;
    if (repeat && item.loyaltyPrice !== null) entry.loyalty_price = item.loyaltyPrice;
    return [entry];
  });
  if (items.length === 0) {
    throw new PlatformError("unsupported", `ECOM.md order ${order.id} has no identifiable items to carry a new status`);
  }
  const body: UpsertOrder = { order_id: wireOut(order.id), order_items: items };
  if (!repeat) return [body];
  const shop = refId(order.shop);
  if (shop !== null) body.shop = wireOut(shop);
  const rrn = order.payment?.transaction_id;
  if (rrn) body.rrn = rrn;
  if (extras.promoCodeId) body.promocode = wireOut(extras.promoCodeId);
  if (extras.address && Object.keys(extras.address).length > 0) body.address = extras.address;
  return [body];
}
