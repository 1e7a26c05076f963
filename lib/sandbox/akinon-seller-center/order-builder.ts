// Builds one generated order with its items and cancellation plans. Money is integer cents:
// amount = Σ item price − discount + shipping; the discount is spread over the items (Σ item discount = order discount);
// a plan refunds its items' price minus their discount share, plus shipping when it cancels the whole order.
import { centsToDecimal } from "../core/money";
import type { Random } from "../core/random";
import { ORDER_CURRENCIES, line } from "./catalog";
import { SELLER_DATASOURCE } from "./constants";
import { cancelStatusOfPlan, orderStatusFromItems } from "./lifecycle";
import { isoDateTime } from "./parse";
import { type Fate, resolveFate, type Scenario, type Timeline, timeline } from "./scenario";
import { invoiceNumber, orderExtras, shipment } from "./shipping";
import type { CancellationPlanWire, ItemRecord, OrderItemWire, OrderRecord, PlanRecord } from "./types";

export interface OrderInput {
  id: string;
  number: string;
  itemIds: string[];
  shippingAddress: string;
  billingAddress: string;
  placedAt: number;
  scenario: Scenario;
  /** forces the invoice number (the seed's cancellation plan names invoice "1234") */
  invoice?: string;
}

export interface BuiltOrder {
  order: OrderRecord;
  items: ItemRecord[];
  plans: PlanRecord[];
}

/** Spreads `total` over `weights` in proportion, exactly (largest remainder). */
function spread(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (total === 0 || sum === 0) return weights.map(() => 0);
  const raw = weights.map((w) => (total * w) / sum);
  const parts = raw.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) if (left-- > 0) parts[i] = (parts[i] ?? 0) + 1;
  return parts;
}

interface Refunds {
  amount: number;
  discount: number;
  shipping: number;
}

/** Each plan's refund, and the order's totals of the completed ones. */
function planRefunds(fate: Fate, prices: readonly number[], discounts: readonly number[], shipping: number) {
  const perPlan: Refunds[] = [];
  const completed: Refunds = { amount: 0, discount: 0, shipping: 0 };
  const cancelled = new Set<number>();
  for (const plan of fate.plans) {
    if (plan.type === "cancel") for (const i of plan.items) cancelled.add(i);
    // Shipping goes back only with the plan that cancels the last item before shipment [assumed].
    const ship = plan.type === "cancel" && cancelled.size === prices.length ? shipping : 0;
    const price = plan.items.reduce((sum, i) => sum + (prices[i] ?? 0), 0);
    const share = plan.items.reduce((sum, i) => sum + (discounts[i] ?? 0), 0);
    const refund = { amount: price - share + ship, discount: share, shipping: ship };
    perPlan.push(refund);
    if (plan.status === "completed") {
      completed.amount += refund.amount;
      completed.discount += refund.discount;
      completed.shipping += refund.shipping;
    }
  }
  return { perPlan, completed };
}

export function buildOrder(rng: Random, now: number, input: OrderInput): BuiltOrder {
  const currency = rng.weighted(ORDER_CURRENCIES);
  const lines = [line(rng, currency)];
  while (lines.length < input.itemIds.length) {
    // Seller Center has one item row per unit: a quantity of 2 is the same SKU twice.
    lines.push(rng.chance(0.15) ? { ...lines[lines.length - 1]! } : line(rng, currency));
  }
  const prices = lines.map((l) => l.price);
  const subtotal = prices.reduce((sum, price) => sum + price, 0);
  const coupon = currency === "try" && subtotal >= 100_000 ? 10_000 : Math.round(subtotal / 10);
  const discount = rng.chance(0.2) ? Math.min(coupon, Math.floor(subtotal / 2)) : 0;
  const discounts = spread(discount, prices);
  const extras = orderExtras(rng, currency, subtotal - discount);
  const times: Timeline = timeline(rng, input.placedAt);
  const fate: Fate = resolveFate(rng, input.scenario, times, lines.length, now);
  const invoice = input.invoice ?? invoiceNumber(rng, times[400]);
  const ship = shipment(rng);
  const createdAt = input.placedAt + rng.int(1, 30) * 1000;
  const refunds = planRefunds(fate, prices, discounts, extras.shipping);
  const stage = Math.max(...fate.items.map((f) => f.stage));
  const invoiced = stage >= 400;
  const shipped = stage >= 500;
  const latestPlan = [...fate.plans].sort((a, b) => b.createdAt - a.createdAt)[0];

  const order: OrderRecord = {
    placedAt: input.placedAt,
    createdAt,
    updatedAt: Math.max(createdAt, ...fate.items.map((f) => f.updatedAt), ...fate.plans.map((p) => p.updatedAt)),
    wire: {
      id: input.id,
      number: input.number,
      datasource: SELLER_DATASOURCE,
      shipping_address: input.shippingAddress,
      billing_address: input.billingAddress,
      date_placed: isoDateTime(input.placedAt),
      status: orderStatusFromItems(fate.items.map((f) => f.status)),
      currency,
      amount: centsToDecimal(subtotal - discount + extras.shipping),
      discount_amount: centsToDecimal(discount),
      shipping_amount: centsToDecimal(extras.shipping),
      shipping_tax_rate: extras.shipping > 0 ? "20.00" : null,
      refund_amount: centsToDecimal(refunds.completed.amount),
      discount_refund_amount: centsToDecimal(refunds.completed.discount),
      shipping_refund_amount: centsToDecimal(refunds.completed.shipping),
      invoice_number: invoiced ? invoice : null,
      invoice_date: invoiced ? isoDateTime(times[400]) : null,
      e_archive_url: invoiced ? ship.eArchiveUrl(invoice) : null,
      tracking_number: shipped ? ship.trackingNumber : null,
      shipping_company: shipped ? ship.company : null,
      cargo_company: shipped ? ship.companyName : null,
      has_gift_box: extras.giftBoxNote !== null,
      gift_box_note: extras.giftBoxNote,
      language_code: currency === "try" ? "tr-tr" : "en-us",
      notes: extras.notes,
      delivery_range: null,
      shipping_option_slug: extras.shippingOption,
      extra_field: {},
      cancel_status: latestPlan ? cancelStatusOfPlan(latestPlan.status) : null,
      shipping_interest_amount: "0.00",
    },
  };

  const items: ItemRecord[] = lines.map((l, i) => {
    const itemFate = fate.items[i]!;
    const reached = (s: number) => itemFate.stage >= s;
    const wire: OrderItemWire = {
      id: input.itemIds[i]!,
      order: input.id,
      sku: l.sku,
      status: itemFate.status,
      price_currency: currency,
      price: centsToDecimal(l.price),
      tax_rate: centsToDecimal(l.taxRate * 100),
      invoice_number: reached(400) ? invoice : null,
      invoice_date: reached(400) ? isoDateTime(times[400]) : null,
      e_archive_url: reached(400) ? ship.eArchiveUrl(invoice) : null,
      tracking_number: reached(500) ? ship.trackingNumber : null,
      shipping_company: reached(500) ? ship.company : null,
      retail_price: l.retailPrice === null ? null : centsToDecimal(l.retailPrice),
      extra_field: {},
      estimated_delivery_date: reached(500) ? isoDateTime(times[500] + 3 * 86_400_000) : null,
      discount_amount: centsToDecimal(discounts[i] ?? 0),
      shipped_date: reached(500) ? isoDateTime(times[500]) : null,
      delivered_date: reached(600) ? isoDateTime(times[600]) : null,
      cancel_status: itemFate.cancelStatus,
    };
    return { wire, order, createdAt, updatedAt: Math.max(createdAt, itemFate.updatedAt) };
  });

  const plans: PlanRecord[] = fate.plans.map((plan, index) => {
    const refund = refunds.perPlan[index]!;
    const wire: CancellationPlanWire = {
      id: rng.uuid(),
      shipping_refund_amount: centsToDecimal(refund.shipping),
      refund_amount: centsToDecimal(refund.amount),
      discount_refund_amount: centsToDecimal(refund.discount),
      status: plan.status,
      plan_type: plan.type,
      invoice_number: invoiced ? invoice : null,
      payment_plan: {},
      order: input.id,
      order_items: plan.items.map((i) => input.itemIds[i]!),
    };
    return { wire, order, createdAt: plan.createdAt, updatedAt: plan.updatedAt };
  });
  return { order, items, plans };
}
