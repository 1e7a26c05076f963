// Applies a validated upsert plan: a known order_id is updated in place, an unknown one is created.
import { productById } from "../catalogue/products";
import type { EcomStore } from "../store";
import { formatChisinau } from "../time";
import { deliveryCentsFor, subtotalCents } from "../totals";
import type { AddressRecord, OrderRecord } from "../types";
import type { AddressPlan, ItemPlan, OrderPlan } from "./validate";

function applyItem(order: OrderRecord, plan: ItemPlan, store: EcomStore): void {
  const existing = plan.itemId === null ? undefined : order.items.find((i) => i.id === plan.itemId);
  if (!existing) {
    // Validation guarantees a product for a new item.
    const productId = plan.productId ?? 0;
    order.items.push({
      id: store.nextItemId(),
      productId,
      quantity: plan.quantity ?? 1,
      priceCents: plan.priceCents ?? productById.get(productId)?.priceCents ?? 0,
      loyaltyPriceCents: plan.loyaltyPriceCents ?? null,
      status: order.status,
    });
    return;
  }
  if (plan.productId !== undefined && plan.productId !== existing.productId) {
    existing.productId = plan.productId;
    existing.priceCents = productById.get(plan.productId)?.priceCents ?? existing.priceCents;
  }
  if (plan.priceCents !== undefined) existing.priceCents = plan.priceCents;
  if (plan.quantity !== undefined) existing.quantity = plan.quantity;
  if (plan.loyaltyPriceCents !== undefined) existing.loyaltyPriceCents = plan.loyaltyPriceCents;
}

/** The upsert's address replaces the order's whole address; without an address_id it is a new record. */
function toAddress(plan: AddressPlan, store: EcomStore): AddressRecord {
  return {
    id: plan.addressId ?? store.nextAddressId(),
    storeId: plan.storeId,
    regionId: plan.regionId,
    localityId: plan.localityId,
    sectorId: plan.sectorId,
    text: { ...plan.text },
    addressType: plan.addressType,
    zipCode: plan.zipCode,
  };
}

function newOrder(plan: OrderPlan, store: EcomStore): OrderRecord {
  const createdAt = store.clock();
  const order: OrderRecord = {
    id: plan.orderId,
    createdAt,
    createdAtText: formatChisinau(createdAt),
    shopId: plan.shopId ?? 0,
    status: plan.status ?? "new",
    customer: { name: "", email: "", phone: "", dateOfBirth: null, company: null, ...plan.customer },
    address: null,
    // [assumed] an order created by the sync is a cash order with standard delivery.
    payment: {
      deliveryType: "standart",
      payMethod: "cash",
      paymentSystem: null,
      months: null,
      transactionId: null,
      promoCodeId: null,
    },
    deliveryCents: 0,
    items: [],
  };
  store.add(order);
  return order;
}

/** Applies one order's plan: the upsert replaces rrn, promo code and address (absent = cleared) [assumed]. */
export function applyOrder(plan: OrderPlan, store: EcomStore): OrderRecord {
  const existing = store.byId.get(plan.orderId);
  const order = existing ?? newOrder(plan, store);
  order.payment.transactionId = plan.rrn;
  order.payment.promoCodeId = plan.promoCodeId;
  order.address = plan.address && toAddress(plan.address, store);
  if (plan.shopId !== undefined) order.shopId = plan.shopId;
  Object.assign(order.customer, plan.customer);
  if (plan.status !== undefined) order.status = plan.status;
  for (const item of plan.items) applyItem(order, item, store);
  // The order's status is carried by its items: all of them follow it.
  for (const item of order.items) item.status = order.status;
  if (!existing) order.deliveryCents = deliveryCentsFor(order.payment.deliveryType, subtotalCents(order.items));
  return order;
}
