// The deterministic order generator: `count` orders over the 120 days before `now`, ids ascending with date,
// statuses weighted by age (recent orders still in the pipeline, older ones mostly delivered), money in cents.
import { centsToDecimal, centsToFloat } from "../core/money";
import { platformSeed, Random } from "../core/random";
import type { PlatformOptions } from "../core/types";
import { BIN_NUMBERS, CARRIERS, CHANNELS, GIFT_NOTES, IP_PREFIXES, PAYMENT_OPTIONS } from "./catalog";
import { applyCoupon, buildItem, drawLines } from "./items";
import { drfStamp, lastChangeMs } from "./modified";
import { companyBilling, customerOf, homeAddress, person } from "./people";
import type { Order, OrderItem } from "./types";
import { bookRefund, deriveOrderStatus } from "./workflow";

const DAY = 86_400_000;

// Status weights by age: the pipeline is in the recent orders, deliveries, returns and cancellations in the older.
// biome-ignore format: weight tables
const RECENT = [["200", 3], ["300", 3], ["350", 2], ["400", 40], ["450", 24], ["500", 12], ["510", 5], ["100", 6], ["50", 2], ["550", 3]] as const;
// biome-ignore format: weight tables
const MIDDLE = [["400", 10], ["450", 10], ["500", 14], ["510", 10], ["520", 3], ["540", 5], ["550", 38], ["100", 7], ["50", 1], ["544", 1], ["600", 1]] as const;
// biome-ignore format: weight tables
const OLD = [["550", 74], ["600", 8], ["100", 7], ["544", 2], ["545", 1], ["546", 1], ["547", 1], ["540", 1], ["510", 2], ["400", 1], ["450", 1], ["500", 1]] as const;

function drawStatus(rng: Random, ageDays: number): string {
  return rng.weighted(ageDays < 4 ? RECENT : ageDays < 18 ? MIDDLE : OLD);
}

/** Whether the ERP has already taken the order: new and approved orders mostly not yet, older ones almost all. */
function drawIsSend(rng: Random, status: string, ageDays: number): boolean {
  if (status === "200" || status === "300" || status === "350") return rng.chance(0.2);
  if (status === "400") return rng.chance(ageDays < 7 ? 0.35 : 0.85);
  if (status === "50" || status === "100") return rng.chance(0.6);
  return rng.chance(0.97);
}

/** A DRF-rendered timestamp with microseconds, like the seed's "2019-06-17T13:35:47.026886Z". */
function timestamp(rng: Random, ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 23)}${rng.chars(3)}Z`;
}

/** An e-invoice (e-Arşiv) issued at `ms`: its number, date and PDF link, as the item fields carry them. */
export function drawInvoice(
  rng: Random,
  ms: number,
): Pick<OrderItem, "invoice_number" | "invoice_date" | "e_archive_url"> {
  const number = `${rng.pick(["AKN", "SEP", "EAR"])}${new Date(ms).getUTCFullYear()}${rng.chars(9)}`;
  return {
    invoice_number: number,
    invoice_date: new Date(ms).toISOString().replace(".000Z", "Z"),
    e_archive_url: `https://earsiv.omnitron-sandbox.test/${number}.pdf`,
  };
}

/** A parcel's tracking number, digits as the Turkish carriers print them. */
export const drawTracking = (rng: Random): string => rng.chars(rng.pick([10, 12, 13]));

const isInvoiced = (status: string) => !["50", "100", "200", "300", "350", "400"].includes(status);
const isShipped = (status: string) => isInvoiced(status) && status !== "450";

export interface IdCounter {
  order: number;
  item: number;
}

/**
 * One order drawn in the `target` state. `fresh`: an order placed this moment (the shop controls): approved, all
 * its items approved, not yet taken by the ERP, no invoice or parcel yet. Otherwise the draw settles it into its
 * state with the usual exceptions (placeItems).
 */
export function composeOrder(
  rng: Random,
  ids: IdCounter,
  placedMs: number,
  now: number,
  numbers: ReadonlySet<string>,
  target: string,
  fresh = false,
): Order {
  const ageDays = (now - placedMs) / DAY;
  const currency = rng.weighted([
    ["try", 92],
    ["eur", 5],
    ["usd", 3],
  ] as const);
  const channel = rng.weighted(CHANNELS);
  const who = person(rng);
  const shipping = homeAddress(rng, rng.chance(0.1) ? person(rng) : who);
  if (shipping.first_name !== who.firstName) shipping.email = who.email;
  const billing = rng.chance(0.15) ? companyBilling(rng, shipping) : structuredClone(shipping);
  const payment = rng.weighted(PAYMENT_OPTIONS.map((option) => [option, option.weight] as const));
  const carrier = rng.weighted(CARRIERS.map((c) => [c, c.weight] as const));
  const lines = drawLines(rng, currency);
  if (rng.chance(0.25)) applyCoupon(lines, rng.pick([5, 10, 15, 20]));

  const orderId = ids.order++;
  const items = lines.map((line) => buildItem(rng, line, ids.item++, orderId, currency));
  const itemsCents = lines.reduce((sum, line) => sum + line.priceCents, 0);
  const discountCents = lines.reduce((sum, line) => sum + line.discountCents, 0);
  const freeFrom = currency === "try" ? 50_000 : 10_000;
  const shippingCents = itemsCents >= freeFrom ? 0 : currency === "try" ? rng.pick([2_999, 3_990, 4_990]) : 990;
  const installments =
    payment.slug === "credit_card"
      ? rng.weighted([
          [1, 70],
          [2, 5],
          [3, 15],
          [6, 8],
          [9, 2],
        ] as const)
      : 1;
  let number = `10${rng.chars(14)}`;
  while (numbers.has(number)) number = `10${rng.chars(14)}`;
  const datePlaced = timestamp(rng, placedMs);

  const order: Order = {
    id: orderId,
    number,
    status: target,
    date_placed: datePlaced,
    customer: customerOf(rng, who),
    shipping_address: shipping,
    billing_address: billing,
    currency,
    amount: centsToDecimal(itemsCents + shippingCents - discountCents),
    shipping_amount: centsToDecimal(shippingCents),
    shipping_tax_rate: shippingCents > 0 ? "20.00" : null,
    extra_field: {},
    payment_option: payment.id,
    payment_option_slug: payment.slug,
    bin_number: payment.slug === "credit_card" || payment.slug === "masterpass" ? rng.pick(BIN_NUMBERS) : null,
    installment: installments > 1 ? 100 + installments : null,
    installment_count: installments,
    installment_interest_amount: "0.00",
    cargo_company: carrier.cargoCompany,
    invoice_number: null,
    invoice_date: null,
    e_archive_url: null,
    refund_amount: "0.00",
    discount_refund_amount: "0.00",
    shipping_refund_amount: "0.00",
    discount_amount: centsToDecimal(discountCents),
    is_send: drawIsSend(rng, target, ageDays),
    net_shipping_amount: centsToFloat(shippingCents),
    shipping_interest_amount: "0.00",
    tracking_number: null,
    carrier_shipping_code: null,
    remote_addr: `${rng.pick(IP_PREFIXES)}.${rng.int(1, 254)}.${rng.int(1, 254)}`,
    has_gift_box: rng.chance(0.06),
    gift_box_note: null,
    external_status: null,
    orderitem_set: items,
    channel: { ...channel },
    modified_date: datePlaced,
  };
  if (order.has_gift_box) order.gift_box_note = rng.pick(GIFT_NOTES);
  if (fresh) order.is_send = false;
  else placeItems(rng, order, items, target, carrier.slug, placedMs, now);
  return order;
}

function generateOrder(rng: Random, ids: IdCounter, placedMs: number, now: number, numbers: Set<string>): Order {
  const order = composeOrder(rng, ids, placedMs, now, numbers, drawStatus(rng, (now - placedMs) / DAY));
  numbers.add(order.number);
  return order;
}

/** Puts every item into the order's state, with the usual exceptions (a line cancelled, one returned, a split parcel). */
function placeItems(
  rng: Random,
  order: Order,
  items: OrderItem[],
  target: string,
  carrier: string,
  placed: number,
  now: number,
): void {
  for (const item of items) item.status = target;
  const [, second] = items;
  if (second && ["400", "450", "500", "510", "550"].includes(target) && rng.chance(0.12)) {
    bookRefund(order, [second], false, null);
    second.status = "100";
    second.cancel_status = "completed";
  } else if (second && target === "450" && rng.chance(0.25)) {
    second.status = "500";
  } else if (second && target === "550" && rng.chance(0.08)) {
    bookRefund(order, [second], false, null);
    second.status = "600";
    second.cancel_status = "completed";
  }
  if (target === "100" || target === "600") {
    const status = order.status;
    order.status = "200"; // book as a paid order, then settle into its final state
    bookRefund(order, items, target === "100", null);
    order.status = status;
    for (const item of items) item.cancel_status = "completed";
  }
  if (target === "50") for (const item of items) item.cancel_status = "waiting";

  const invoiceMs = Math.max(placed, Math.min(now - 60_000, placed + rng.int(2, 30) * 3_600_000));
  const invoice = drawInvoice(rng, invoiceMs);
  const tracking = drawTracking(rng);
  const changed = lastChangeMs(target, placed, invoiceMs, now);
  if (changed !== placed) order.modified_date = drfStamp(changed);
  for (const item of items) {
    const wasInvoiced = isInvoiced(item.status) || (item.status === "600" && target !== "100");
    if (!wasInvoiced) continue;
    Object.assign(item, invoice);
    if (isShipped(item.status) || item.status === "600") {
      item.tracking_number = tracking;
      item.shipping_company = carrier;
    }
  }
  order.status = deriveOrderStatus(items);
  const first = items.find((item) => item.invoice_number !== null);
  if (first) {
    order.invoice_number = first.invoice_number;
    order.invoice_date = first.invoice_date;
    order.e_archive_url = first.e_archive_url;
    order.tracking_number = items.find((item) => item.tracking_number !== null)?.tracking_number ?? null;
  }
}

/** The generated orders, oldest first (ids ascending with date_placed). */
export function generateOrders(options: PlatformOptions, ids: IdCounter): Order[] {
  const rng = new Random(platformSeed(options.seed, "akinon-omnitron"));
  // A growing shop: more orders in recent weeks than four months ago (age = 120 days × u^1.6).
  const ages = Array.from({ length: options.count }, () => Math.floor(rng.next() ** 1.6 * 120 * DAY));
  const dates = ages.map((age) => options.now - 1000 - age).sort((a, b) => a - b);
  const numbers = new Set<string>();
  return dates.map((ms) => generateOrder(rng, ids, ms, options.now, numbers));
}
