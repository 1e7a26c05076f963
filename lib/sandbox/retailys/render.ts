// An order as Retailys writes it: camelCase, money as JSON numbers (2 decimals), Prague-time ISO dates.
import { MAIN_CURRENCY } from "./constants";
import { formatPrague } from "./dates";
import { channelLink, findChannel } from "./reference";
import { articleRef, chargeRef, personRef, priceObject } from "./render-refs";
import { type Charge, type Item, type Order, orderTotalCents } from "./types";
import { DEFAULT_VARIANT, type Variant } from "./variant";

/** Cents as a JSON number: integer ÷ 100 is the same double as parsing "12.34" (core's centsToFloat), only cheaper. */
const centsToFloat = (cents: number): number => cents / 100;

/** A date-time as this instance writes it: Prague time with its offset, or without one (variant "wall-clock"). */
function dateText(ms: number, variant: Variant): string {
  const text = formatPrague(ms);
  return variant.wallClock ? text.slice(0, 19) : text;
}

const dateOrNull = (ms: number | null, variant: Variant) => (ms === null ? null : dateText(ms, variant));

export function renderItem(item: Item, currency: string, variant: Variant = DEFAULT_VARIANT, expanded = false) {
  return {
    id: item.id,
    article: variant.references ? articleRef(item, expanded) : item.article,
    name: item.name,
    count: item.count,
    ordered: item.ordered,
    waitingCount: item.waitingCount,
    note: item.note,
    // Unit prices [assumed]: basePrice without VAT, finalPrice with VAT, vatValue the VAT in it.
    price: priceObject(item.unitCents, item.vat, currency),
    priceOriginal: variant.references
      ? priceObject(item.originalCents, item.vat, currency)
      : centsToFloat(item.originalCents),
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

export function renderOrder(order: Order, expanded: boolean, variant: Variant = DEFAULT_VARIANT) {
  const { billing, delivery } = order;
  const refs = variant.references;
  const body = {
    id: order.id,
    customer: refs ? personRef("Customers", order.customer, order, expanded) : order.customer,
    company: refs ? personRef("Companies", order.company, order, expanded) : order.company,
    channel: renderChannel(order.channelId, expanded),
    dateOrder: dateText(order.dateOrder, variant),
    dateMaturity: dateOrNull(order.dateMaturity, variant),
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
    datePaid: dateOrNull(order.datePaid, variant),
    items: order.items.map((item) => renderItem(item, order.currency, variant, expanded)),
    weight: order.weightGrams / 1000,
    shipping: refs ? chargeRef("Shippings", order.shipping, order, expanded) : renderCharge(order.shipping),
    payment: refs ? chargeRef("Payments", order.payment, order, expanded) : renderCharge(order.payment),
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
    date: dateText(entry.date, variant),
    record: { name: entry.name, status: entry.status },
  }));
  return { ...body, history };
}
