// An order as Retailys writes it: camelCase, money as JSON numbers (2 decimals), Prague-time ISO dates.
import { includedTax } from "../core/money";
import { MAIN_CURRENCY } from "./constants";
import { formatPrague, formatPragueOrNull } from "./dates";
import { channelLink, findChannel } from "./reference";
import { type Charge, type Item, type Order, orderTotalCents } from "./types";

/** Cents as a JSON number: integer ÷ 100 is the same double as parsing "12.34" (core's centsToFloat), only cheaper. */
const centsToFloat = (cents: number): number => cents / 100;

export function renderItem(item: Item, currency: string) {
  const vatValue = includedTax(item.unitCents, item.vat);
  return {
    id: item.id,
    article: item.article,
    name: item.name,
    count: item.count,
    ordered: item.ordered,
    waitingCount: item.waitingCount,
    note: item.note,
    // Unit prices [assumed]: basePrice without VAT, finalPrice with VAT, vatValue the VAT in it.
    price: {
      basePrice: centsToFloat(item.unitCents - vatValue),
      finalPrice: centsToFloat(item.unitCents),
      vat: item.vat,
      vatValue: centsToFloat(vatValue),
      currency,
    },
    priceOriginal: centsToFloat(item.originalCents),
  };
}

function renderChannel(channelId: number, expanded: boolean) {
  const link = channelLink(channelId);
  const channel = findChannel(channelId);
  if (!expanded || !channel) return link;
  return {
    ...link,
    name: channel.name,
    type: channel.type,
    url: channel.url,
    currencyCode: channel.currencyCode,
    language: channel.language,
  };
}

function renderCharge(charge: Charge | null) {
  return charge && { name: charge.name, price: centsToFloat(charge.cents) };
}

export function renderOrder(order: Order, expanded: boolean) {
  const { billing, delivery } = order;
  const body = {
    id: order.id,
    customer: order.customer,
    company: order.company,
    channel: renderChannel(order.channelId, expanded),
    dateOrder: formatPrague(order.dateOrder),
    dateMaturity: formatPragueOrNull(order.dateMaturity),
    email: billing.email,
    phone: billing.phone,
    name: billing.name,
    street: billing.street,
    city: billing.city,
    zip: billing.zip,
    stateCode: billing.stateCode,
    companyNr: billing.companyNr,
    companyVat: billing.companyVat,
    deliveryEmail: delivery.email,
    deliveryPhone: delivery.phone,
    deliveryName: delivery.name,
    deliveryStreet: delivery.street,
    deliveryCity: delivery.city,
    deliveryZip: delivery.zip,
    deliveryStateCode: delivery.stateCode,
    note: order.note,
    ourNote: order.ourNote,
    mainCurrencyCode: MAIN_CURRENCY,
    orderCurrencyCode: order.currency,
    currencyRate: order.currencyRate,
    money: centsToFloat(orderTotalCents(order)),
    paid: centsToFloat(order.paidCents),
    datePaid: formatPragueOrNull(order.datePaid),
    items: order.items.map((item) => renderItem(item, order.currency)),
    weight: order.weightGrams / 1000,
    shipping: renderCharge(order.shipping),
    payment: renderCharge(order.payment),
    trackings: order.trackings.map((t) => ({
      shipperId: t.shipperId,
      trackingNumber: t.trackingNumber,
      trackingUrl: t.trackingUrl,
    })),
    sent: order.sent,
    delivered: order.delivered,
    done: order.done,
    canceled: order.canceled,
    status: order.statusId,
    orderUrl: order.orderUrl,
    invoiceUrl: order.invoiceUrl,
    externalOrderId: order.externalOrderId,
  };
  if (!expanded) return body;
  // [assumed] expanded=true also carries the order's history, oldest first.
  const history = order.history.map((entry) => ({
    id: entry.id,
    type: entry.type,
    date: formatPrague(entry.date),
    record: { name: entry.name, status: entry.status },
  }));
  return { ...body, history };
}
