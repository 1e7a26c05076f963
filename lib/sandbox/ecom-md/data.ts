// The deterministic order generator: `count` orders over the last 120 days, statuses weighted like a real shop.
import { platformSeed, Random } from "../core/random";
import { CHISINAU_CITY_ID, CHISINAU_REGION_ID, LOCALITIES, REGIONS, SECTORS, localityById } from "./catalogue/geo";
import { CHISINAU_STREETS, drawPerson, drawStreetAddress, TOWN_STREETS } from "./catalogue/people";
import { PRODUCTS } from "./catalogue/products";
import { PROMO_CODES, SHOPS } from "./catalogue/shops";
import { ECOM_ASSUMED, type EcomStatus } from "./constants";
import { buildSeedOrder, SEED_ORDER_ID } from "./seed-order";
import { formatChisinau } from "./time";
import { deliveryCentsFor, subtotalCents } from "./totals";
import type { AddressRecord, CompanyDetails, ItemRecord, OrderRecord } from "./types";

const DAY = 86_400_000;

// [status, weight, youngest and oldest age in days]: open statuses are recent, closed ones spread over 120 days.
const STATUS_PLAN: readonly (readonly [EcomStatus, number, number, number])[] = [
  ["completed_and_closed", 33, 6, 120],
  ["done", 15, 1, 20],
  ["changed_and_closed", 4, 6, 120],
  ["canceled", 8, 0, 120],
  ["new", 6, 0, 1],
  ["confirmed", 5, 0, 2],
  ["in_collection", 4, 0, 3],
  ["collected", 3, 0, 3],
  ["collected_with_changes", 1.5, 0, 3],
  ["at_courier_sort_center", 2, 1, 4],
  ["on_delivery", 5, 1, 5],
  ["delivery_date_moved", 1.5, 1, 7],
  ["client_no_answer", 1.5, 1, 6],
  ["recipient_not_at_home", 1, 1, 6],
  ["to_be_returned_in_two_days", 1, 3, 10],
  ["customer_refusal", 2.5, 2, 60],
  ["returned_to_warehouse", 2.5, 5, 120],
];

const GROUP_SHOPS = SHOPS.filter((s) => s.group === ECOM_ASSUMED.tokenGroup);
const ACTIVE_PROMOS = PROMO_CODES.filter((p) => p.isActive);
const BANKS = [
  ["AG", "AGRNMD2X"],
  ["ML", "MOLDMD2X"],
  ["VI", "VICBMD2X"],
] as const;

function drawAddress(rng: Random, id: number, deliveryType: string): AddressRecord {
  if (deliveryType === "pickup") {
    const shop = rng.pick(GROUP_SHOPS);
    const zipCode = localityById.get(shop.localityId)?.zipCode ?? null;
    const base = { regionId: shop.regionId, localityId: shop.localityId, sectorId: shop.sectorId, zipCode };
    return { id, storeId: shop.id, ...base, text: shop.address, addressType: null };
  }
  const regionId = rng.chance(0.55) ? CHISINAU_REGION_ID : rng.pick(REGIONS).id;
  const localities = LOCALITIES.filter((l) => l.regionId === regionId);
  const locality = regionId === CHISINAU_REGION_ID && rng.chance(0.8) ? localities[0]! : rng.pick(localities);
  const inCity = locality.id === CHISINAU_CITY_ID;
  const sectorId = inCity ? rng.pick(SECTORS).id : null;
  const street = drawStreetAddress(
    rng,
    sectorId === null ? TOWN_STREETS : (CHISINAU_STREETS[sectorId] ?? TOWN_STREETS),
  );
  // Chișinău postcodes run MD-2001..2075; a town has one.
  const zipCode = inCity ? rng.int(2001, 2075) : locality.zipCode;
  return {
    id,
    storeId: null,
    regionId,
    localityId: locality.id,
    sectorId,
    text: street.text,
    addressType: street.kind,
    zipCode,
  };
}

function drawItems(rng: Random, status: EcomStatus): ItemRecord[] {
  const count = rng.weighted([
    [1, 40],
    [2, 28],
    [3, 15],
    [4, 9],
    [5, 5],
    [6, 3],
  ] as const);
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(rng.int(0, PRODUCTS.length - 1));
  const loyal = rng.chance(0.2);
  return [...chosen].map((index) => {
    const product = PRODUCTS[index]!;
    const cheap = product.priceCents < 20_000;
    const quantity = cheap
      ? rng.int(1, 4)
      : rng.weighted([
          [1, 80],
          [2, 16],
          [3, 4],
        ] as const);
    // Loyalty card holders pay 5% less, rounded to whole lei.
    const loyaltyPriceCents = loyal ? Math.round((product.priceCents * 0.95) / 100) * 100 : null;
    return { id: 0, productId: product.id, quantity, priceCents: product.priceCents, loyaltyPriceCents, status };
  });
}

function drawCompany(rng: Random): CompanyDetails {
  const [bank, bic] = rng.pick(BANKS);
  return {
    fiscalCode: `100${rng.chars(10)}`,
    juridicalAddress: `mun. Chișinău, str. ${rng.pick(["Columna", "Vlaicu Pîrcălab", "Bănulescu-Bodoni"])} ${rng.int(1, 120)}`,
    iban: `MD${rng.chars(2)}${bank}${rng.chars(18)}`,
    bankCode: bic,
  };
}

function drawOrder(rng: Random, now: number, addressId: number): Omit<OrderRecord, "id"> {
  const [status, , youngest, oldest] = rng.weighted(STATUS_PLAN.map((plan) => [plan, plan[1]] as const));
  const createdAt = Math.floor((now - youngest * DAY - rng.next() * (oldest - youngest + 1) * DAY) / 1000) * 1000;
  return drawOrderAt(rng, createdAt, status, addressId);
}

/** One order created at `createdAt` (ms, whole seconds) in `status`; its items carry their ids as 0. */
export function drawOrderAt(
  rng: Random,
  createdAt: number,
  status: EcomStatus,
  addressId: number,
): Omit<OrderRecord, "id"> {
  const person = drawPerson(rng);
  const deliveryType = rng.weighted([
    ["standart", 70],
    ["express", 10],
    ["pickup", 20],
  ] as const);
  const payMethod = rng.weighted([
    ["cash", 45],
    ["card", 40],
    ["credit", 10],
    ["transfer", 5],
  ] as const);
  const items = drawItems(rng, status);
  const promo = rng.chance(0.15) ? rng.pick(ACTIVE_PROMOS) : null;
  return {
    createdAt,
    createdAtText: formatChisinau(createdAt),
    shopId: rng.pick(GROUP_SHOPS).id,
    status,
    customer: {
      ...person,
      dateOfBirth: rng.chance(0.1) ? `19${rng.int(60, 99)}-0${rng.int(1, 9)}-${rng.int(10, 28)}` : null,
      company: payMethod === "transfer" ? drawCompany(rng) : null,
    },
    address: drawAddress(rng, addressId, deliveryType),
    payment: {
      deliveryType,
      payMethod,
      paymentSystem:
        payMethod === "card"
          ? rng.pick(["maib", "victoriabank", "paynet", "mia"])
          : payMethod === "credit"
            ? rng.pick(["iute_credit", "microinvest"])
            : null,
      months: payMethod === "credit" ? rng.pick([6, 12, 24]) : null,
      // The bank's RRN (12 digits) for card payments.
      transactionId: payMethod === "card" ? rng.chars(12) : null,
      promoCodeId: promo?.id ?? null,
    },
    deliveryCents: deliveryCentsFor(deliveryType, subtotalCents(items)),
    items,
  };
}

/** `count` generated orders plus the seed's order 294, in id order. Ids are consecutive with 294 among the newest. */
export function generateOrders(
  seed: number,
  count: number,
  now: number,
): { orders: OrderRecord[]; nextItemId: number } {
  const rng = new Random(platformSeed(seed, "ecom-md"));
  const drawn = Array.from({ length: count }, (_, i) => drawOrder(rng, now, 200_001 + i));
  drawn.sort((a, b) => a.createdAt - b.createdAt);
  let id = Math.max(1, SEED_ORDER_ID - count + 3);
  const orders: OrderRecord[] = drawn.map((order) => {
    if (id === SEED_ORDER_ID) id++;
    return { id: id++, ...order };
  });
  orders.push(buildSeedOrder(now));
  orders.sort((a, b) => a.id - b.id);
  // Item ids follow order ids; they start above the seed's item 12.
  let itemId = 1000;
  for (const order of orders) if (order.id !== SEED_ORDER_ID) for (const item of order.items) item.id = ++itemId;
  return { orders, nextItemId: itemId + 1 };
}
