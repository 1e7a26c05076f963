// The "varied" shapes variant: the same orders as another tenant or serializer version might render them —
// ids as strings, status codes as ints, money as JSON numbers or price objects, references as bare ids or
// expanded objects, nulls, lists where dicts were, extra nested objects — and one order broken beyond reading
// (the first generated one). The seed's own examples stay verbatim; the store itself never changes shape.
import type { Address, Order, OrderItem } from "./types";
import type { Variant } from "./variant";

type Json = Record<string, unknown>;

/** The id of the order rendered broken (no readable date, no total): the first generated order. */
export const BROKEN_ORDER_ID = 3;

const asNumber = (value: string | null) => (value === null ? null : Number(value));

/** Shape 0: ints and bare ids — string ids, int status codes, money as JSON numbers, references as ids. */
function idsAndInts(order: Order): Json {
  const address = (a: Address): Json => ({ ...a, country: 1, city: a.city.id, township: a.township, district: null });
  return {
    ...order,
    id: String(order.id),
    status: Number(order.status),
    amount: Number(order.amount),
    shipping_amount: Number(order.shipping_amount),
    customer: 9_000 + order.id,
    shipping_address: address(order.shipping_address),
    billing_address: address(order.billing_address),
    orderitem_set: order.orderitem_set.map((item) => ({
      ...item,
      id: String(item.id),
      order: String(item.order),
      status: Number(item.status),
    })),
  };
}

/** Shape 1: numbers and lists — every amount a JSON number, lists where dicts were, bare channel id, no billing. */
function numbersAndLists(order: Order): Json {
  const item = (entry: OrderItem): Json => ({
    ...entry,
    price: Number(entry.price),
    discount_amount: Number(entry.discount_amount),
    extra_field: [],
    attributes: Object.entries(entry.attributes).map(([name, value]) => ({ name, value })),
  });
  return {
    ...order,
    currency: order.currency.toUpperCase(),
    amount: Number(order.amount),
    shipping_amount: Number(order.shipping_amount),
    discount_amount: Number(order.discount_amount),
    refund_amount: Number(order.refund_amount),
    extra_field: ["legacy"],
    channel: order.channel?.id ?? null,
    customer: { id: 9_000 + order.id, ...order.customer, segment: { id: 2, name: "VIP" } },
    billing_address: null,
    orderitem_set: order.orderitem_set.map(item),
  };
}

/** Shape 2: objects — prices as objects, one unreadable price, expanded references, odd enums, extra nesting. */
function objects(order: Order): Json {
  const place = (ref: { id: number; name: string }) => ({ ...ref, parent: { id: 1, name: "Türkiye" } });
  const address = (a: Address): Json => ({
    ...a,
    country: a.country.code,
    city: place(a.city),
    township: place(a.township),
    district: place(a.district),
  });
  return {
    ...order,
    cargo_company: { id: order.cargo_company, name: "Kargo" },
    payment_option: { id: order.payment_option, slug: order.payment_option_slug },
    installment_count: String(order.installment_count),
    external_status: { code: 7, name: "unknown to Orderdeck" },
    fulfillment: { warehouse: { id: 3, name: "Depo" } },
    shipping_address: address(order.shipping_address),
    billing_address: address(order.billing_address),
    orderitem_set: order.orderitem_set.map((item, index) => ({
      ...item,
      price: index === 0 ? "n/a" : { amount: item.price, currency: item.price_currency.toUpperCase() },
      tax_rate: asNumber(item.tax_rate),
      cancel_status: 3,
      attributes: { ...item.attributes, size: { value: item.attributes.size } },
    })),
  };
}

const SHAPES = [idsAndInts, numbersAndLists, objects] as const;

/** The order as this variant renders it on the wire (a fresh object; the seed's examples as they are). */
export function renderOrder(order: Order, variant: Variant): unknown {
  if (variant.shapes !== "varied" || order.id <= 2) return order;
  if (order.id === BROKEN_ORDER_ID) return { ...order, date_placed: "yesterday", amount: null };
  const shape = SHAPES[order.id % 4];
  return shape ? shape(structuredClone(order)) : order;
}
