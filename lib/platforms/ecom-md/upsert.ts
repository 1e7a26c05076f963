// The status change body. ECOM.md quirk: there is no status endpoint; the order is upserted
// (`POST /external/external-order/`, a JSON ARRAY of orders) with the new `order_status` on its items.
import { PlatformError } from "../errors";
import { ECOM_ASSUMED } from "./constants";
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

export interface UpsertOrder {
  order_id: UpsertValue;
  shop?: UpsertValue;
  order_items: UpsertItem[];
}

/** Ids go back as the ints the seed's example sends; anything non-numeric as sent. */
export const wireOut = (id: string): UpsertValue => (/^\d{1,15}$/.test(id) ? Number(id) : id);

export function statusUpsert(order: RawOrder, status: string): UpsertOrder[] {
  const repeat = ECOM_ASSUMED.upsertRepeatsKnownFields;
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
  const shop = refId(order.shop);
  if (repeat && shop !== null) body.shop = wireOut(shop);
  return [body];
}
