// Applies a validated upsert plan: a known order_id is updated in place, an unknown one is created.
import { localityById } from "../catalogue/geo";
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

function applyAddress(address: AddressRecord, plan: AddressPlan): void {
  if (plan.addressId !== undefined) address.id = plan.addressId;
  Object.assign(address.text, plan.text);
  if (plan.zipCode !== undefined) address.zipCode = plan.zipCode;
  if (plan.regionId !== undefined) address.regionId = plan.regionId;
  if (plan.localityId !== undefined) address.localityId = plan.localityId;
  if (plan.sectorId !== undefined) address.sectorId = plan.sectorId;
  if (plan.addressType !== undefined) address.addressType = plan.addressType;
}

function newOrder(plan: OrderPlan, store: EcomStore): OrderRecord {
  const createdAt = store.clock();
  const localityId = plan.address?.localityId ?? 0;
  const order: OrderRecord = {
    id: plan.orderId,
    createdAt,
    createdAtText: formatChisinau(createdAt),
    shopId: plan.shopId ?? 0,
    status: plan.status ?? "new",
    customer: { name: "", email: "", phone: "", dateOfBirth: null, company: null, ...plan.customer },
    address: {
      id: plan.address?.addressId ?? store.nextAddressId(),
      storeId: null,
      regionId: plan.address?.regionId ?? 0,
      localityId,
      sectorId: null,
      text: { ro: "", ru: "", en: "", uk: "" },
      addressType: null,
      zipCode: localityById.get(localityId)?.zipCode ?? null,
    },
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

export function applyOrder(plan: OrderPlan, store: EcomStore): OrderRecord {
  const existing = store.byId.get(plan.orderId);
  const order = existing ?? newOrder(plan, store);
  if (plan.rrn !== undefined) order.payment.transactionId = plan.rrn;
  if (plan.shopId !== undefined) order.shopId = plan.shopId;
  if (plan.promoCodeId !== undefined) order.payment.promoCodeId = plan.promoCodeId;
  Object.assign(order.customer, plan.customer);
  if (plan.address) applyAddress(order.address, plan.address);
  if (plan.status !== undefined) order.status = plan.status;
  for (const item of plan.items) applyItem(order, item, store);
  // The order's status is carried by its items: all of them follow it.
  for (const item of order.items) item.status = order.status;
  if (!existing) order.deliveryCents = deliveryCentsFor(order.payment.deliveryType, subtotalCents(order.items));
  return order;
}
