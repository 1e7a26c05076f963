// Order money in integer MDL cents: Σ unit × quantity + delivery − promo discount.
import { promoCodeById } from "./catalogue/shops";
import { ECOM_ASSUMED } from "./constants";
import type { ItemRecord, OrderRecord } from "./types";

/** The unit price actually charged: the loyalty price when the customer had one [assumed]. */
export function unitCents(item: ItemRecord): number {
  return ECOM_ASSUMED.loyaltyPriceWins && item.loyaltyPriceCents !== null ? item.loyaltyPriceCents : item.priceCents;
}

export function subtotalCents(items: readonly ItemRecord[]): number {
  return items.reduce((sum, item) => sum + unitCents(item) * item.quantity, 0);
}

/** A percent code takes its share of the goods; a fixed one at most the goods' value. */
export function discountCents(order: OrderRecord): number {
  const promo = order.payment.promoCodeId === null ? undefined : promoCodeById.get(order.payment.promoCodeId);
  if (!promo) return 0;
  const subtotal = subtotalCents(order.items);
  return promo.discountType === "percent"
    ? Math.round((subtotal * promo.value) / 100)
    : Math.min(promo.value, subtotal);
}

export function totalCents(order: OrderRecord): number {
  return subtotalCents(order.items) + order.deliveryCents - discountCents(order);
}

/** Delivery price for a delivery type and the goods' value (standard is free from a threshold) [assumed]. */
export function deliveryCentsFor(deliveryType: string, subtotal: number): number {
  if (deliveryType === "standart" && subtotal >= ECOM_ASSUMED.freeDeliveryFromCents) return 0;
  return ECOM_ASSUMED.deliveryCents[deliveryType] ?? 0;
}
