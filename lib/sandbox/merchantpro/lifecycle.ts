// Where an order is in its life: consistent payment × shipping statuses, a payment method that fits them,
// and the dates (created, shipped, delivered, modified) that status implies.
import type { Random } from "../core/random";
import { paymentMethod } from "./reference";
import type { PaymentStatus, ShippingStatus } from "./types";

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Weighted like a real shop: most orders delivered, a healthy share new/processing, some cancelled/returned. */
// biome-ignore format: a table
const SHIPPING_WEIGHTS: readonly (readonly [ShippingStatus, number])[] = [
  ["delivered", 44], ["shipped", 9], ["in_process", 8], ["confirmed", 5], ["awaiting", 13], ["temporary", 2],
  ["cancelled", 11], ["returned", 8],
];

// biome-ignore format: a table
const METHOD_WEIGHTS: readonly (readonly [string, number])[] = [
  ["cash_delivery", 45], ["mobilpay", 18], ["euplatesc", 8], ["wire", 8], ["paypal", 8], ["in_store", 4], ["tbi", 4],
];

/** Age in days of an order in each shipping status (one delivered an hour after it was placed is not realistic). */
// biome-ignore format: a table
const AGE_DAYS: Record<ShippingStatus, readonly [number, number]> = {
  temporary: [0, 2], awaiting: [0, 12], confirmed: [0, 6], in_process: [0, 5], shipped: [1, 8], delivered: [4, 120],
  returned: [14, 120], cancelled: [0, 120],
};

export interface Lifecycle {
  shipping: ShippingStatus;
  payment: PaymentStatus;
  methodCode: string;
  createdMs: number;
  shippedMs: number | null;
  deliveredMs: number | null;
  modifiedMs: number;
}

export function pickPayment(random: Random, shipping: ShippingStatus, methodCode: string): PaymentStatus {
  const online = paymentMethod(methodCode)?.online ?? false;
  const prepaid = online || methodCode === "wire";
  switch (shipping) {
    case "temporary":
      return "temporary";
    case "awaiting":
      if (!online) return "awaiting";
      return random.weighted<PaymentStatus>([
        ["paid", 5],
        ["awaiting", 2],
        ["failed", 2],
        ["rejected", 1],
      ]);
    case "confirmed":
      return online ? "paid" : "awaiting";
    case "in_process":
    case "shipped":
      return prepaid ? "paid" : "awaiting";
    case "delivered":
      return "paid";
    case "returned":
      return random.chance(0.7) ? "refunded" : "paid";
    case "cancelled":
      // The `cancelled` handler sets payment_status to cancelled as well [seed], so every cancelled order shows it.
      return "cancelled";
  }
}

export function timeline(
  random: Random,
  shipping: ShippingStatus,
  createdMs: number,
  now: number,
): Omit<Lifecycle, "shipping" | "payment" | "methodCode"> {
  const cap = (ms: number) => Math.min(ms, now - HOUR);
  const shipped = ["shipped", "delivered", "returned"].includes(shipping)
    ? cap(createdMs + random.int(4 * HOUR, 2 * DAY))
    : null;
  const delivered = shipped !== null && shipping !== "shipped" ? cap(shipped + random.int(DAY, 3 * DAY)) : null;
  const returnedOrCancelled =
    shipping === "returned" && delivered !== null
      ? cap(delivered + random.int(2 * DAY, 10 * DAY))
      : shipping === "cancelled"
        ? cap(createdMs + random.int(HOUR, 2 * DAY))
        : null;
  const touched =
    shipping === "awaiting" || shipping === "temporary" ? createdMs : cap(createdMs + random.int(HOUR, 20 * HOUR));
  const modified = Math.max(createdMs, touched, shipped ?? 0, delivered ?? 0, returnedOrCancelled ?? 0);
  return { createdMs, shippedMs: shipped, deliveredMs: delivered, modifiedMs: modified };
}

export function pickLifecycle(random: Random, now: number): Lifecycle {
  const shipping = random.weighted(SHIPPING_WEIGHTS);
  const methodCode = random.weighted(METHOD_WEIGHTS);
  const [minDays, maxDays] = AGE_DAYS[shipping];
  const createdMs = now - random.int(minDays * DAY + HOUR, Math.max(minDays * DAY + HOUR, maxDays * DAY - HOUR));
  return {
    shipping,
    payment: pickPayment(random, shipping, methodCode),
    methodCode,
    ...timeline(random, shipping, createdMs, now),
  };
}

/** An order placed at `now` by a customer: awaiting shipping, paid or not as its payment method goes. */
export function placedLifecycle(random: Random, now: number): Lifecycle {
  const methodCode = random.weighted(METHOD_WEIGHTS);
  return {
    shipping: "awaiting",
    payment: pickPayment(random, "awaiting", methodCode),
    methodCode,
    ...timeline(random, "awaiting", now, now),
  };
}
