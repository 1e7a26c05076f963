// Order 294 of the seed's upsert example, as it stands before that upsert: out for delivery, so the
// example's `"order_status": "done"` is an allowed move. Its shop (2), product (104392), address (236154,
// region 101, locality 63933, sector 11, zip 2068) and item 12 are the ones the example names.
import { formatChisinau } from "./time";
import type { OrderRecord } from "./types";

export const SEED_ORDER_ID = 294;

export function buildSeedOrder(now: number): OrderRecord {
  const createdAt = Math.floor((now - 2 * 86_400_000 + 3 * 3_600_000 + 1_234_000) / 1000) * 1000;
  return {
    id: SEED_ORDER_ID,
    createdAt,
    createdAtText: formatChisinau(createdAt),
    shopId: 2,
    status: "on_delivery",
    customer: {
      name: "Ion Popescu",
      email: "ion.popescu@gmail.com",
      phone: "+37369123456",
      dateOfBirth: null,
      company: null,
    },
    address: {
      id: 236154,
      storeId: null,
      regionId: 101,
      localityId: 63933,
      sectorId: 11,
      text: {
        ro: "str. Alecu Russo 15/2, ap. 41",
        ru: "ул. Алеку Руссо 15/2, кв. 41",
        en: "15/2 Alecu Russo St., apt. 41",
        uk: "вул. Алеку Руссо 15/2, кв. 41",
      },
      addressType: "street",
      zipCode: 2068,
    },
    payment: {
      deliveryType: "standart",
      payMethod: "card",
      paymentSystem: "maib",
      months: null,
      transactionId: "517203948812",
      promoCodeId: null,
    },
    deliveryCents: 5000,
    items: [
      { id: 12, productId: 104392, quantity: 1, priceCents: 9400, loyaltyPriceCents: null, status: "on_delivery" },
    ],
  };
}
