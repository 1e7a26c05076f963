// Two fixed showcase orders (the seed has no example payloads): ids 100001 and 100002, the oldest in the store.
// The JSON files are the expected `GET /v1/System/Orders/{id}?expanded=true` answers; docs and tests refer to them.
import { toCents } from "../core/money";
import { parseIsoWithOffset } from "./dates";
import showcaseDone from "./showcase/100001.json" with { type: "json" };
import showcaseWaiting from "./showcase/100002.json" with { type: "json" };
import type { Order } from "./types";

interface WireItem {
  id: number;
  article: string;
  name: string;
  count: number;
  ordered: number;
  waitingCount: number;
  note: string | null;
  price: { finalPrice: number; vat: number };
  priceOriginal: number;
}

interface WireOrder {
  id: number;
  customer: number | null;
  company: number | null;
  channel: { id: number; apiLink: string };
  dateOrder: string;
  dateMaturity: string | null;
  email: string;
  phone: string | null;
  name: string;
  street: string;
  city: string;
  zip: string;
  stateCode: string;
  companyNr: string | null;
  companyVat: string | null;
  deliveryEmail: string;
  deliveryPhone: string | null;
  deliveryName: string;
  deliveryStreet: string;
  deliveryCity: string;
  deliveryZip: string;
  deliveryStateCode: string;
  note: string | null;
  ourNote: string | null;
  orderCurrencyCode: string;
  currencyRate: number;
  paid: number;
  datePaid: string | null;
  items: WireItem[];
  weight: number;
  shipping: { name: string; price: number };
  payment: { name: string; price: number };
  trackings: { shipperId: number; trackingNumber: string; trackingUrl: string | null }[];
  sent: boolean;
  delivered: boolean;
  done: boolean;
  canceled: boolean;
  status: number;
  orderUrl: string;
  invoiceUrl: string | null;
  externalOrderId: string | null;
  history: { id: number; type: string; date: string; record: { name: string; status: string } }[];
}

export const SHOWCASE_PAYLOADS: readonly WireOrder[] = [showcaseDone, showcaseWaiting];

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

function fromWire(wire: WireOrder): Order {
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
    shipping: { name: wire.shipping.name, cents: cents(wire.shipping.price) },
    payment: { name: wire.payment.name, cents: cents(wire.payment.price) },
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
