// Builds one complete order (every field of the docs) from a lifecycle, a customer and a basket.
// Links that need final ids (urls, parent/RMA links, invoice numbers) are filled in by data.ts.
import { centsToFloat } from "../core/money";
import type { Random } from "../core/random";
import { EUR_RON_RATE } from "./constants";
import { formatRo } from "./dates";
import { linesGrossCents, shippingTaxCents } from "./lines";
import type { Lifecycle } from "./lifecycle";
import { basketForTotal, randomBasket } from "./order-lines";
import { type Address, address, type Company, company, ipAddress, type Person, person } from "./people";
import {
  CUSTOMER_NOTES,
  INITIAL_TAGS,
  PAYMENT_STATUS_TEXT,
  PAYMENT_SUBSTATUSES,
  paymentMethod,
  SHIPPING_METHODS,
  SHIPPING_STATUS_TEXT,
  SHIPPING_SUBSTATUSES,
  type ShippingMethod,
} from "./reference";
import type { MpOrder } from "./types";

export interface Customer {
  id: number;
  person: Person;
  address: Address;
  company: Company | null;
  lang: string;
  device: string;
  ip: string;
}

export function makeCustomer(random: Random, id: number): Customer {
  return {
    id,
    person: person(random),
    address: address(random),
    company: random.chance(0.15) ? company(random) : null,
    lang: random.chance(0.92) ? "ro_RO" : "en_US",
    device: random.weighted([
      ["desktop", 45],
      ["mobile", 50],
      ["tablet", 5],
    ] as const),
    ip: ipAddress(random),
  };
}

const AWB: Record<string, (random: Random) => string> = {
  fancourier: (random) => `2${random.chars(12)}`,
  cargus: (random) => `1${random.chars(9)}`,
  speedy: (random) => `6${random.chars(10)}`,
  sameday: (random) => `1ONB${random.chars(9)}`,
  dpd: (random) => `8${random.chars(13)}`,
  posta: (random) => `RR${random.chars(9)}RO`,
};

/** A fresh AWB in the carrier's own format; null for a method without a carrier (personal pickup). */
export function drawAwb(random: Random, carrierId: string | null | undefined): string | null {
  return carrierId ? (AWB[carrierId]?.(random) ?? null) : null;
}

function pickShippingMethod(random: Random, methodCode: string): ShippingMethod {
  const personal = SHIPPING_METHODS.find((method) => method.id === 6)!;
  if (methodCode === "in_store") return personal;
  const id = random.weighted([
    [1, 25],
    [2, 15],
    [3, 15],
    [4, 20],
    [5, 10],
    [6, 5],
    [7, 5],
  ] as const);
  return SHIPPING_METHODS.find((method) => method.id === id) ?? personal;
}

export interface BuildOptions {
  /** Fix the order total (the seed's `fields=` examples give only a total). */
  totalCents?: number;
  eur?: boolean;
}

export function buildOrder(random: Random, life: Lifecycle, customer: Customer, options: BuildOptions = {}): MpOrder {
  const eur = options.eur ?? false;
  const method = pickShippingMethod(random, life.methodCode);
  const basket =
    options.totalCents === undefined
      ? randomBasket(random, method, eur)
      : basketForTotal(random, method, options.totalCents);
  const pay = paymentMethod(life.methodCode);
  const goods = linesGrossCents(basket.lines);
  const hasAwb =
    method.carrierId !== null && (life.shippedMs !== null || (life.shipping === "in_process" && random.chance(0.3)));
  const shipTo = random.chance(0.8)
    ? { who: customer.person, where: customer.address }
    : { who: person(random), where: address(random) };
  const substatus = (list: readonly { id: number; text: string }[], p: number) =>
    random.chance(p) ? random.pick(list) : null;
  const paymentSub =
    life.payment === "awaiting" ? substatus(PAYMENT_SUBSTATUSES, life.methodCode === "wire" ? 0.5 : 0.15) : null;
  const shippingSub = ["awaiting", "confirmed", "in_process", "shipped"].includes(life.shipping)
    ? substatus(SHIPPING_SUBSTATUSES, 0.15)
    : null;
  const manual = random.chance(0.08);
  const channel = random.weighted([
    ["Magazin online", 85],
    ["eMAG Marketplace", 10],
    ["Facebook Shop", 5],
  ] as const);
  const tag = random.chance(0.25) ? random.pick(INITIAL_TAGS) : customer.company ? INITIAL_TAGS[5] : undefined;
  return {
    id: 0,
    parent_id: null,
    return_source_id: null,
    rma_orders: null,
    channel_name: channel,
    channel_ref_id: channel === "eMAG Marketplace" ? `EMG${random.chars(9)}` : null,
    payment_status: life.payment,
    payment_status_text: PAYMENT_STATUS_TEXT[life.payment],
    payment_substatus_id: paymentSub?.id ?? null,
    payment_substatus_text: paymentSub?.text ?? null,
    payment_method_code: life.methodCode,
    payment_method_name: pay?.name ?? null,
    payment_transaction_id:
      pay?.online && life.payment !== "temporary" ? random.chars(12, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") : null,
    shipping_status: life.shipping,
    shipping_status_text: SHIPPING_STATUS_TEXT[life.shipping],
    shipping_substatus_id: shippingSub?.id ?? null,
    shipping_substatus_text: shippingSub?.text ?? null,
    shipping_method_id: method.id,
    shipping_method_name: method.name,
    shipping_delivery_info: {
      delivery_time: method.deliveryTime,
      pickup_address: method.pickupPoints ? random.pick(method.pickupPoints) : null,
    },
    shipping_carrier_id: method.carrierId,
    shipping_awb: hasAwb ? drawAwb(random, method.carrierId) : null,
    shipping_amount: centsToFloat(basket.shippingCents),
    shipping_tax_amount: centsToFloat(shippingTaxCents(basket.shippingCents)),
    total_amount: centsToFloat(goods + basket.shippingCents),
    currency: eur ? "EUR" : "RON",
    original_currency: eur ? "EUR" : null,
    currency_rate: eur ? EUR_RON_RATE : null,
    coupon_code: basket.couponCode,
    customer_id: customer.id,
    customer_email: customer.person.email,
    customer_ip_address: manual ? "" : customer.ip,
    customer_ip_country: manual ? "" : "RO",
    customer_device: manual ? "manual" : customer.device,
    customer_lang: customer.lang,
    customer_note: random.chance(0.15) ? random.pick(CUSTOMER_NOTES) : null,
    customer_notification:
      life.shipping === "shipped" && random.chance(0.3) ? "Coletul a fost predat curierului." : null,
    date_created: formatRo(life.createdMs),
    date_modified: formatRo(life.modifiedMs),
    date_shipped: life.shippedMs === null ? null : formatRo(life.shippedMs),
    date_delivered: life.deliveredMs === null ? null : formatRo(life.deliveredMs),
    created_by: manual ? "user" : "customer",
    meta_fields: null,
    internal_notes: null,
    tags: tag ? [{ ...tag }] : null,
    billing_type: customer.company ? "company" : "individual",
    billing_name: customer.person.name,
    billing_identity_number: !customer.company && random.chance(0.3) ? customer.person.identityNumber : null,
    billing_company_name: customer.company?.name ?? null,
    billing_company_number: customer.company?.number ?? null,
    billing_company_vat: customer.company?.vat ?? null,
    billing_company_bank_name: customer.company?.bankName ?? null,
    billing_company_bank_account: customer.company?.bankAccount ?? null,
    billing_country_code: "RO",
    billing_country_name: "România",
    billing_state: customer.address.state,
    billing_city: customer.address.city,
    billing_address: customer.address.address,
    billing_postal_code: customer.address.postalCode,
    billing_phone: customer.person.phone,
    shipping_name: shipTo.who.name,
    shipping_country_code: "RO",
    shipping_country_name: "România",
    shipping_state: shipTo.where.state,
    shipping_city: shipTo.where.city,
    shipping_address: shipTo.where.address,
    shipping_postal_code: shipTo.where.postalCode,
    shipping_phone: shipTo.who.phone,
    line_items: basket.lines,
    invoice: null,
    info_url: "",
    proforma_url: "",
  };
}
