// The seed document's own orders. Four are its example payloads, kept verbatim (seed-examples/*.json; only the
// include=line_items example's trailing commas were fixed); eight more appear only in its `fields=` examples,
// so they are generated around the values those examples show.
//
// Conflict in the seed: the `ids=12345001,...&fields=...` example gives 12345001 total_amount 999.95, but the
// full GET example (which wins) gives 453.05 — and its two lines add up to exactly 453.05.
import type { Random } from "../core/random";
import { timeline } from "./lifecycle";
import { pricedLine, productDescription } from "./lines";
import { buildOrder, makeCustomer } from "./order-builder";
import { productById } from "./products";
import createResponse from "./seed-examples/create-response.json" with { type: "json" };
import getOrder from "./seed-examples/get-order.json" with { type: "json" };
import listAwaiting from "./seed-examples/list-shipping-awaiting.json" with { type: "json" };
import listAwaitingInclude from "./seed-examples/list-shipping-awaiting-include.json" with { type: "json" };
import { invoiceFor, orderUrls } from "./data";
import type { MpOrder, OrderRecord, PaymentStatus, ShippingStatus } from "./types";

function asRecord(value: unknown): OrderRecord {
  if (typeof value !== "object" || value === null || typeof (value as { id?: unknown }).id !== "number") {
    throw new Error("merchantpro seed example is not an order");
  }
  return structuredClone(value) as OrderRecord;
}

function firstOf(list: { data: unknown[] }): OrderRecord {
  return asRecord(list.data[0]);
}

/** 11089919 appears only in a list without line_items; one line of 15.23 makes its 30.23 = 15 shipping + lines. */
function withLines(order: OrderRecord): OrderRecord {
  const socks = productById(5101)!;
  const line = pricedLine(productDescription(socks, 1), 1, 1523);
  const { invoice, info_url, proforma_url, ...rest } = order;
  return { ...rest, line_items: [line], invoice, info_url, proforma_url } as OrderRecord;
}

interface FieldsExample {
  id: number;
  payment: PaymentStatus;
  shipping: ShippingStatus;
  method: string;
  totalCents: number;
  /** Placed in spring 2020, like the seed's other examples. */
  created: string;
  invoice?: number;
}

const FIELDS_EXAMPLES: readonly FieldsExample[] = [
  {
    id: 12345002,
    payment: "paid",
    shipping: "delivered",
    method: "paypal",
    totalCents: 19999,
    created: "2020-03-02T10:15:00Z",
    invoice: 8,
  },
  {
    id: 12345003,
    payment: "cancelled",
    shipping: "cancelled",
    method: "cash_delivery",
    totalCents: 59997,
    created: "2020-03-04T18:40:00Z",
  },
  {
    id: 39787708,
    payment: "cancelled",
    shipping: "cancelled",
    method: "cash_delivery",
    totalCents: 171205,
    created: "2020-03-21T09:02:00Z",
  },
  {
    id: 46706210,
    payment: "failed",
    shipping: "awaiting",
    method: "mobilpay",
    totalCents: 179900,
    created: "2020-04-02T12:31:00Z",
  },
  {
    id: 53824910,
    payment: "awaiting",
    shipping: "shipped",
    method: "cash_delivery",
    totalCents: 46799,
    created: "2020-04-09T16:05:00Z",
  },
  {
    id: 67716435,
    payment: "paid",
    shipping: "in_process",
    method: "euplatesc",
    totalCents: 171900,
    created: "2020-04-18T08:47:00Z",
    invoice: 7,
  },
  {
    id: 73000828,
    payment: "awaiting",
    shipping: "awaiting",
    method: "wire",
    totalCents: 190000,
    created: "2020-04-27T20:12:00Z",
  },
  {
    id: 93950143,
    payment: "paid",
    shipping: "delivered",
    method: "mobilpay",
    totalCents: 50399,
    created: "2020-05-03T11:20:00Z",
    invoice: 9,
  },
];

function fromFieldsExample(random: Random, example: FieldsExample): MpOrder {
  const createdMs = Date.parse(example.created);
  const life = {
    shipping: example.shipping,
    payment: example.payment,
    methodCode: example.method,
    ...timeline(random, example.shipping, createdMs, createdMs + 10 * 86_400_000),
  };
  const order = buildOrder(random, life, makeCustomer(random, 20 + (example.id % 50)), {
    totalCents: example.totalCents,
  });
  order.id = example.id;
  Object.assign(order, orderUrls(example.id));
  if (example.invoice !== undefined) order.invoice = invoiceFor(example.id, example.invoice);
  return order;
}

export function seedRecords(random: Random): OrderRecord[] {
  return [
    asRecord(getOrder),
    withLines(firstOf(listAwaiting)),
    firstOf(listAwaitingInclude),
    asRecord(createResponse),
    ...FIELDS_EXAMPLES.map((example) => fromFieldsExample(random, example) as OrderRecord),
  ];
}
