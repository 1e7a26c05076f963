// Order items on read: platforms.md leaves their shape open, so each fact is taken from the first of
// several plausible keys. One normalized view serves the mapper and the status upsert alike.
import { ECOM_ASSUMED } from "./assumed";
import { itemSchema, type RawItem, type RawOrder } from "./schema";

export interface ItemView {
  id: string | null;
  productId: string | null;
  sku: string | null;
  ean: string | null;
  name: string | null;
  quantity: number | null;
  price: string | null;
  loyaltyPrice: string | null;
  total: string | null;
  status: string | null;
  imageUrl: string | null;
  productUrl: string | null;
}

const first = <T>(...values: (T | null | undefined)[]): T | null => values.find((v) => v != null) ?? null;

/**
 * The raw item list of an order, under whichever key the tenant sends it. Every item field is read leniently;
 * an entry that is not an object at all still counts as a line (unknown name, no price), so the order's lines
 * are never silently fewer than the platform's.
 */
export function rawItems(order: RawOrder): RawItem[] {
  const source = order as Record<string, unknown>;
  const key = ECOM_ASSUMED.itemListKeys.find((k) => Array.isArray(source[k]));
  if (!key) return [];
  return (source[key] as unknown[]).map((raw) => itemSchema.safeParse(raw).data ?? itemSchema.parse({}));
}

export function itemView(item: RawItem, orderId: string): ItemView {
  const product = typeof item.product === "object" && item.product !== null ? item.product : null;
  const productRef = typeof item.product === "string" ? item.product : null;
  // An item's `order_id` is the item's own id in the upsert; on read it is a last resort, never the order's id.
  const orderIdAsItem = item.order_id != null && item.order_id !== orderId ? item.order_id : null;
  return {
    id: first(item.id, item.order_item_id, item.item_id, orderIdAsItem),
    productId: first(product?.id, productRef, item.product_id),
    sku: first(product?.code, item.product_code, item.code, item.sku),
    ean: first(product?.barcode, product?.ean),
    name: first(product?.name, item.product_name, item.name, item.title),
    quantity: first(item.quantity, item.qty, item.count),
    price: first(item.price, item.unit_price),
    loyaltyPrice: item.loyalty_price ?? null,
    total: first(item.total_price, item.total, item.sum),
    status: first(item.order_status, item.status),
    imageUrl: product?.image ?? null,
    productUrl: product?.url ?? null,
  };
}

export const orderItems = (order: RawOrder): ItemView[] => rawItems(order).map((i) => itemView(i, order.id));
