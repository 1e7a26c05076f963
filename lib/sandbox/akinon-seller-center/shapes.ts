// The "varied" reading (variant.ts): records as another tenant or API version might send them — money as JSON
// numbers or price objects, references as `{id, apiLink}` or expanded records, upper-case currencies, unknown
// codes and nested objects, values in odd shapes or null — and two orders broken beyond reading (no amount, no
// date). Only the presentation changes: filters and actions still work on the stored records. The seed's own
// example records stay verbatim.
import { CITIES, TURKEY_ID } from "./locations";
import { SEED_REFERENCES, seedRecords } from "./seed-examples";
import type { Store } from "./store";
import type {
  AddressRecord,
  CancellationPlanWire,
  CustomerAddressWire,
  ItemRecord,
  OrderItemWire,
  OrderRecord,
  OrderWire,
  PlanRecord,
} from "./types";

export interface Presenters {
  order(record: OrderRecord): unknown;
  item(record: ItemRecord): unknown;
  plan(record: PlanRecord): unknown;
  address(record: AddressRecord): unknown;
}

export const SEED_SHAPES: Presenters = {
  order: (record) => record.wire,
  item: (record) => record.wire,
  plan: (record) => record.wire,
  address: (record) => record.wire,
};

/** A stable choice per record: a few bits of its UUID. */
const kind = (id: string, kinds: number) => Number.parseInt(id.slice(0, 8), 16) % kinds;

const number = (decimal: string) => Number(decimal);
const link = (id: string, resource: string) => ({ id, apiLink: `/api/i1/${resource}/${id}/` });

function placeNames(): Map<string, string> {
  const names = new Map<string, string>([[TURKEY_ID, "Türkiye"]]);
  for (const city of CITIES) {
    names.set(city.id, city.name);
    for (const township of city.townships) {
      names.set(township.id, township.name);
      for (const district of township.districts) names.set(district.id, district.name);
    }
  }
  return names;
}

/** Which generated orders come broken: the 3rd and 8th newest (when the shop has them). */
export function brokenOrderIds(store: Store): { noAmount: string | null; noDate: string | null } {
  const seed = new Set([seedRecords().order.id, SEED_REFERENCES.planOrderId]);
  const generated = store.orders.filter((order) => !seed.has(order.wire.id));
  return { noAmount: generated[2]?.wire.id ?? null, noDate: generated[7]?.wire.id ?? null };
}

/** The record as one of `shapes` (picked by its UUID), or as stored: kind 0 of `shapes.length + 1`. */
function oneOf<W extends { id: string }>(wire: W, shapes: readonly ((wire: W) => unknown)[]): unknown {
  const picked = kind(wire.id, shapes.length + 1);
  return picked === 0 ? wire : shapes[picked - 1]!(wire);
}

const PLACE_FIELDS = ["country", "city", "township", "district"] as const;

export function variedShapes(store: Store): Presenters {
  const seed = seedRecords();
  const verbatim = new Set([seed.order.id, seed.item.id, seed.plan.id, seed.address.id]);
  verbatim.add(SEED_REFERENCES.exampleOrderAddressId);
  const broken = brokenOrderIds(store);
  const names = placeNames();
  const place = (id: string) => ({ id, name: names.get(id) ?? null, code: id === TURKEY_ID ? "TR" : null });
  const expanded = (id: string) => store.addressesById.get(id)?.wire ?? id;

  const orderShapes: readonly ((wire: OrderWire) => unknown)[] = [
    (wire) => ({
      ...wire,
      number: Number(wire.number),
      status: String(wire.status),
      currency: wire.currency.toUpperCase(),
      amount: number(wire.amount),
      shipping_amount: number(wire.shipping_amount),
      discount_amount: number(wire.discount_amount),
    }),
    (wire) => ({
      ...wire,
      shipping_address: link(wire.shipping_address, "customer-addresses"),
      billing_address: link(wire.billing_address, "customer-addresses"),
      extra_field: "n/a",
      discount_amount: null,
      cancel_status: wire.cancel_status ? "partially_waiting" : null,
      channel: { marketplace: { name: "Trendyol", region: { code: "TR" } } },
    }),
    (wire) => ({
      ...wire,
      shipping_address: expanded(wire.shipping_address),
      billing_address: expanded(wire.billing_address),
      currency: null,
      amount: { amount: wire.amount, currency: wire.currency.toUpperCase() },
      refund_amount: { amount: wire.refund_amount, currency: wire.currency },
    }),
    (wire) => ({
      ...wire,
      status: wire.status + 50,
      has_gift_box: "no",
      shipping_tax_rate: "18%",
      invoice_date: wire.invoice_date ? "01/02/2025" : null,
      language_code: 1055,
      notes: { text: "Kapıya bırakın" },
      tracking_number: wire.tracking_number ? 7_341_200_011 : null,
    }),
  ];

  const itemShapes: readonly ((wire: OrderItemWire) => unknown)[] = [
    (wire) => ({
      ...wire,
      order: { id: wire.order },
      price: number(wire.price),
      price_currency: wire.price_currency.toUpperCase(),
      status: String(wire.status),
    }),
    (wire) => ({
      ...wire,
      price: { amount: wire.price, currency: wire.price_currency.toUpperCase() },
      tax_rate: null,
      extra_field: ["gift"],
    }),
    (wire) => ({ ...wire, price: "n/a", retail_price: {} }),
    (wire) => ({
      ...wire,
      order: link(wire.order, "orders"),
      sku: 12_345,
      extra_field: { product_name: { tr: "Tişört" } },
    }),
  ];

  const planShapes: readonly ((wire: CancellationPlanWire) => unknown)[] = [
    (wire) => ({
      ...wire,
      order: link(wire.order, "orders"),
      order_items: wire.order_items.map((id) => ({ id })),
      refund_amount: number(wire.refund_amount),
    }),
  ];

  const addressShapes: readonly ((wire: CustomerAddressWire) => unknown)[] = [
    (wire) => ({ ...wire, ...Object.fromEntries(PLACE_FIELDS.map((field) => [field, place(wire[field])])) }),
    (wire) => ({
      ...wire,
      postcode: Number(wire.postcode),
      phone_number: Number(wire.phone_number),
      is_active: "true",
      e_bill_taxpayer: null,
    }),
  ];

  return {
    order({ wire }) {
      if (verbatim.has(wire.id)) return wire;
      if (wire.id === broken.noAmount) return { ...wire, amount: "six hundred" };
      if (wire.id === broken.noDate) return { ...wire, date_placed: "yesterday" };
      return oneOf(wire, orderShapes);
    },
    item: ({ wire }) => (verbatim.has(wire.id) ? wire : oneOf(wire, itemShapes)),
    plan: ({ wire }) => (verbatim.has(wire.id) ? wire : oneOf(wire, planShapes)),
    address: ({ wire }) => (verbatim.has(wire.id) ? wire : oneOf(wire, addressShapes)),
  };
}
