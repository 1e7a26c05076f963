// Two fixed showcase orders (the seed has no example payloads): ids 100001 and 100002, the oldest in the store.
// The JSON files are the expected `GET /v1/System/Orders/{id}?expanded=true` answers; docs and tests refer to them.
import { toCents } from "../core/money";
import { parseIsoWithOffset } from "./dates";
import showcaseDone from "./showcase/100001.json" with { type: "json" };
import showcaseWaiting from "./showcase/100002.json" with { type: "json" };
import type { Order } from "./types";
import type { WireCharge, WireHistoryEntry, WireOrder } from "./wire";

/** A showcase file: the order as GET ?expanded=true answers it, history included. */
type ShowcasePayload = WireOrder & { history: WireHistoryEntry[] };

export const SHOWCASE_PAYLOADS: readonly ShowcasePayload[] = [showcaseDone, showcaseWaiting];

function cents(value: number): number {
  const result = toCents(value);
  if (result === null) throw new Error(`showcase: ${value} is not an amount`);
  return result;
}

function date(value: string): number {
  const result = parseIsoWithOffset(value);
  if (result === null) throw new Error(`showcase: ${value} is not a date`);
  return result;
}

const charge = (wire: WireCharge | null) => wire && { name: wire.name, cents: cents(wire.price) };

function fromWire(wire: ShowcasePayload): Order {
  return {
    id: wire.id,
    customer: wire.customer,
    company: wire.company,
    channelId: wire.channel.id,
    dateOrder: date(wire.dateOrder),
    dateMaturity: wire.dateMaturity === null ? null : date(wire.dateMaturity),
    billing: {
      name: wire.name,
      street: wire.street,
      city: wire.city,
      zip: wire.zip,
      stateCode: wire.stateCode,
      phone: wire.phone,
      email: wire.email,
      companyNr: wire.companyNr,
      companyVat: wire.companyVat,
    },
    delivery: {
      name: wire.deliveryName,
      street: wire.deliveryStreet,
      city: wire.deliveryCity,
      zip: wire.deliveryZip,
      stateCode: wire.deliveryStateCode,
      phone: wire.deliveryPhone,
      email: wire.deliveryEmail,
    },
    note: wire.note,
    ourNote: wire.ourNote,
    currency: wire.orderCurrencyCode,
    currencyRate: wire.currencyRate,
    paidCents: cents(wire.paid),
    datePaid: wire.datePaid === null ? null : date(wire.datePaid),
    items: wire.items.map((item) => ({
      id: item.id,
      article: item.article,
      name: item.name,
      count: item.count,
      ordered: item.ordered,
      waitingCount: item.waitingCount,
      note: item.note,
      unitCents: cents(item.price.finalPrice),
      originalCents: cents(item.priceOriginal),
      vat: item.price.vat,
    })),
    weightGrams: Math.round(wire.weight * 1000),
    shipping: charge(wire.shipping),
    payment: charge(wire.payment),
    trackings: wire.trackings.map((t) => ({ ...t })),
    sent: wire.sent,
    delivered: wire.delivered,
    done: wire.done,
    canceled: wire.canceled,
    statusId: wire.status,
    orderUrl: wire.orderUrl,
    invoiceUrl: wire.invoiceUrl,
    externalOrderId: wire.externalOrderId,
    history: wire.history.map((entry) => ({ id: entry.id, type: entry.type, date: date(entry.date), ...entry.record })),
  };
}

/** Fresh copies each time, so actions on one sandbox never leak into the next reset. */
export function showcaseOrders(): Order[] {
  return SHOWCASE_PAYLOADS.map(fromWire);
}
