// The deterministic generator: options.count orders over the last 120 days before options.now, from options.seed.
import type { PlatformOptions } from "../core/types";
import { Random, platformSeed } from "../core/random";
import { CATALOG, eurShelfCents } from "./catalog";
import { MATURITY_DAYS } from "./constants";
import { pragueOffsetMinutes } from "./dates";
import { applyLifecycle, STAGE_AGE_DAYS, STAGE_WEIGHTS, type Stage } from "./lifecycle";
import { type Customer, makeCustomer, makeCustomers } from "./people";
import { CUSTOMER_NOTES, OUR_NOTES } from "./places";
import {
  invoiceUrlFor,
  orderUrlFor,
  PAYMENT_METHODS,
  type PaymentKind,
  PICKUP,
  SHIPPING_METHODS,
  type ShippingMethod,
} from "./reference";
import type { Item, Order } from "./types";

const DAY = 86_400_000;
const FREE_SHIPPING_CENTS: Record<string, number> = { CZK: 200_000, EUR: 8_000 };

export interface FirstIds {
  order: number;
  item: number;
  history: number;
}

function lines(rng: Random, currency: string, rate: number): { items: Item[]; grams: number } {
  const wanted = rng.weighted([
    [1, 35],
    [2, 28],
    [3, 17],
    [4, 10],
    [5, 6],
    [6, 4],
  ] as const);
  const items: Item[] = [];
  const used = new Set<string>();
  let grams = 0;
  while (items.length < wanted) {
    const article = rng.pick(CATALOG);
    if (used.has(article.article)) continue;
    used.add(article.article);
    const count = rng.weighted([
      [1, 70],
      [2, 20],
      [3, 7],
      [4, 3],
    ] as const);
    const shelf = currency === "EUR" ? eurShelfCents(article.czkCents, rate) : article.czkCents;
    const discount = rng.chance(0.15) ? rng.pick([10, 15, 20, 25]) : 0;
    // Czech shelf prices are whole crowns; euro prices keep cents.
    const step = currency === "EUR" ? 1 : 100;
    const unit = Math.round((shelf * (100 - discount)) / 100 / step) * step;
    const note = rng.chance(0.05) ? rng.pick(["Dárkové balení", "Zabalit zvlášť"]) : null;
    items.push({
      id: 0,
      article: article.article,
      name: article.name,
      count,
      ordered: count,
      waitingCount: 0,
      note,
      unitCents: unit,
      originalCents: shelf,
      vat: article.vat,
    });
    grams += article.grams * count;
  }
  return { items, grams };
}

function pickShipping(rng: Random, channelId: number, currency: string): ShippingMethod {
  if (channelId === 3 || (channelId === 1 && rng.chance(0.08))) return PICKUP;
  const usable = SHIPPING_METHODS.filter((method) => currency === "CZK" || method.eurCents !== null);
  return rng.weighted(usable.map((method, i) => [method, i === 0 ? 40 : 15] as const));
}

function pickPayment(rng: Random, shipping: ShippingMethod): PaymentKind {
  if (shipping === PICKUP) return rng.chance(0.6) ? "cash" : "card";
  return rng.weighted([
    ["card", 45],
    ["transfer", 25],
    ["cod", 30],
  ] as const);
}

/** A seeded order's stage and placing time: drawn over the last 120 days before `now`. */
function drawTiming(rng: Random, pickup: boolean, now: number): { stage: Stage; dateOrder: number } {
  let stage: Stage = rng.weighted(STAGE_WEIGHTS);
  // A pickup order is never sent: it waits at the shop until it is done.
  if (pickup && (stage === "sent" || stage === "delivered" || stage === "returned")) stage = "processing";
  const [minDays, maxDays] = STAGE_AGE_DAYS[stage];
  // Whole seconds: the wire shows seconds, so a date read back as a filter bound must match exactly.
  let dateOrder = Math.floor((now - (minDays + rng.next() * (maxDays - minDays)) * DAY) / 1000) * 1000;
  // Customers sleep: an order falling between midnight and 7:00 Prague time moves back to the evening before.
  const localHour = new Date(dateOrder + pragueOffsetMinutes(dateOrder) * 60_000).getUTCHours();
  if (localHour < 7) dateOrder -= (localHour + 1 + rng.int(0, 3)) * 3_600_000;
  return { stage, dateOrder };
}

type Pool = { cz: Customer[]; sk: Customer[] };

/** One order: drawn somewhere in its life before `now`, or (`placed`) placed at `now` and still new. */
function draft(rng: Random, pool: Pool, guestIndex: number, now: number, placed = false) {
  const channelId = rng.weighted([
    [1, 62],
    [2, 12],
    [3, 8],
    [4, 18],
  ] as const);
  const slovak = channelId === 2;
  const currency = slovak ? "EUR" : "CZK";
  const rate = slovak ? rng.int(24_100, 25_300) / 1000 : 1;
  const guest = channelId !== 3 && rng.chance(0.1);
  const customer = guest ? makeCustomer(rng, guestIndex, slovak) : rng.pick(slovak ? pool.sk : pool.cz);
  const shipping = pickShipping(rng, channelId, currency);
  const pay = pickPayment(rng, shipping);
  const { stage, dateOrder } = placed
    ? { stage: "new" as const, dateOrder: now }
    : drawTiming(rng, shipping === PICKUP, now);
  const { items, grams } = lines(rng, currency, rate);
  const itemsCents = items.reduce((sum, item) => sum + item.unitCents * item.count, 0);
  const freeShipping = itemsCents >= (FREE_SHIPPING_CENTS[currency] ?? Number.POSITIVE_INFINITY);
  const payment = PAYMENT_METHODS[pay];
  const delivery = customer.otherAddress && rng.chance(0.5) ? customer.otherAddress : customer.billing;
  const order: Order = {
    id: 0,
    customer: guest ? null : customer.id,
    company: guest ? null : customer.companyId,
    channelId,
    dateOrder,
    dateMaturity: pay === "transfer" ? dateOrder + MATURITY_DAYS * DAY : null,
    billing: { ...customer.billing },
    delivery: {
      name: delivery.name,
      street: delivery.street,
      city: delivery.city,
      zip: delivery.zip,
      stateCode: delivery.stateCode,
      phone: delivery.phone,
      email: delivery.email,
    },
    note: rng.chance(0.12) ? rng.pick(CUSTOMER_NOTES) : null,
    ourNote: rng.chance(0.08) ? rng.pick(OUR_NOTES) : null,
    currency,
    currencyRate: rate,
    paidCents: 0,
    datePaid: null,
    items,
    weightGrams: grams,
    shipping: { name: shipping.name, cents: freeShipping ? 0 : slovak ? (shipping.eurCents ?? 0) : shipping.czkCents },
    payment: { name: payment.name, cents: slovak ? payment.eurCents : payment.czkCents },
    trackings: [],
    sent: false,
    delivered: false,
    done: false,
    canceled: false,
    statusId: 1,
    orderUrl: "",
    invoiceUrl: null,
    externalOrderId: channelId === 4 ? `HEU${rng.chars(9)}` : null,
    history: [],
  };
  // A placed order is in its first state (status 1, no flags, nothing paid); its "created" record comes on insert.
  if (!placed) applyLifecycle(rng, order, stage, pay, shipping.shipperId, now);
  return order;
}

/** The fields that follow from the order's id (links, and the e-shops' own order number). */
function identify(order: Order): void {
  order.orderUrl = orderUrlFor(order.id, order.channelId);
  if (order.paidCents > 0 || order.sent || order.done) order.invoiceUrl = invoiceUrlFor(order.id, order.channelId);
  // The e-shops number their orders themselves; Retailys keeps that number as externalOrderId.
  if (order.channelId <= 2)
    order.externalOrderId = `${new Date(order.dateOrder).getUTCFullYear()}${String(order.id).padStart(6, "0")}`;
}

const poolSize = (count: number) => Math.max(24, Math.round(count * 0.6));

export function generateOrders(options: PlatformOptions, first: FirstIds): Order[] {
  const rng = new Random(platformSeed(options.seed, "retailys"));
  const pool = makeCustomers(rng, poolSize(options.count));
  const orders: Order[] = [];
  for (let i = 0; i < options.count; i++) orders.push(draft(rng, pool, 10_000 + i, options.now));
  orders.sort((a, b) => a.dateOrder - b.dateOrder);
  let itemId = first.item;
  let historyId = first.history;
  orders.forEach((order, index) => {
    order.id = first.order + index;
    for (const item of order.items) item.id = itemId++;
    for (const entry of order.history) entry.id = historyId++;
    identify(order);
  });
  return orders;
}

/**
 * Orders placed later (the shop controls): the seeded orders' customers (the same pool, drawn again from the same
 * seed), catalogue and methods, from a random stream of their own so the seeded orders stay as they are.
 * Each call drafts one order placed at `at`; `numbered` gives it its id and its items' ids.
 */
export function orderPlacer(options: PlatformOptions) {
  const pool = makeCustomers(new Random(platformSeed(options.seed, "retailys")), poolSize(options.count));
  const rng = new Random(platformSeed(options.seed, "retailys/placed"));
  let guestIndex = 20_000;
  return {
    rng,
    place(at: number, id: number, itemId: () => number): Order {
      const order = draft(rng, pool, guestIndex++, at, true);
      order.id = id;
      for (const item of order.items) item.id = itemId();
      identify(order);
      return order;
    },
  };
}
