// The "varied" reading (variant.ts): records as another tenant or API version might send them — money as JSON
// numbers or price objects, references as `{id, apiLink}` or expanded records, upper-case currencies, unknown
// codes and nested objects, values in odd shapes or null — and two orders broken beyond reading (no amount, no
// date). Only the presentation changes: filters and actions still work on the stored records. The seed's own
// example records stay verbatim.
import { CITIES, TURKEY_ID } from "./locations";
import { SEED_REFERENCES, seedRecords } from "./seed-examples";
import type { Store } from "./store";
import type { AddressRecord, ItemRecord, OrderRecord, PlanRecord } from "./types";

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

export function variedShapes(store: Store): Presenters {
  const seed = seedRecords();
  const verbatim = new Set([seed.order.id, seed.item.id, seed.plan.id, seed.address.id]);
  verbatim.add(SEED_REFERENCES.exampleOrderAddressId);
  const broken = brokenOrderIds(store);
  const names = placeNames();
  const place = (id: string) => ({ id, name: names.get(id) ?? null, code: id === TURKEY_ID ? "TR" : null });

  function order({ wire }: OrderRecord): unknown {
    if (verbatim.has(wire.id)) return wire;
    if (wire.id === broken.noAmount) return { ...wire, amount: "six hundred" };
    if (wire.id === broken.noDate) return { ...wire, date_placed: "yesterday" };
    const expanded = (id: string) => store.addressesById.get(id)?.wire ?? id;
    switch (kind(wire.id, 5)) {
      case 1:
        return {
          ...wire,
          number: Number(wire.number),
          status: String(wire.status),
          currency: wire.currency.toUpperCase(),
          amount: number(wire.amount),
          shipping_amount: number(wire.shipping_amount),
          discount_amount: number(wire.discount_amount),
        };
      case 2:
        return {
          ...wire,
          shipping_address: link(wire.shipping_address, "customer-addresses"),
          billing_address: link(wire.billing_address, "customer-addresses"),
          extra_field: "n/a",
          discount_amount: null,
          cancel_status: wire.cancel_status ? "partially_waiting" : null,
          channel: { marketplace: { name: "Trendyol", region: { code: "TR" } } },
        };
      case 3:
        return {
          ...wire,
          shipping_address: expanded(wire.shipping_address),
          billing_address: expanded(wire.billing_address),
          currency: null,
          amount: { amount: wire.amount, currency: wire.currency.toUpperCase() },
          refund_amount: { amount: wire.refund_amount, currency: wire.currency },
        };
      case 4:
        return {
          ...wire,
          status: wire.status + 50,
          has_gift_box: "no",
          shipping_tax_rate: "18%",
          invoice_date: wire.invoice_date ? "01/02/2025" : null,
          language_code: 1055,
          notes: { text: "Kapıya bırakın" },
          tracking_number: wire.tracking_number ? 7_341_200_011 : null,
        };
      default:
        return wire;
    }
  }

  function item({ wire }: ItemRecord): unknown {
    if (verbatim.has(wire.id)) return wire;
    switch (kind(wire.id, 5)) {
      case 1:
        return {
          ...wire,
          order: { id: wire.order },
          price: number(wire.price),
          price_currency: wire.price_currency.toUpperCase(),
          status: String(wire.status),
        };
      case 2:
        return {
          ...wire,
          price: { amount: wire.price, currency: wire.price_currency.toUpperCase() },
          tax_rate: null,
          extra_field: ["gift"],
        };
      case 3:
        return { ...wire, price: "n/a", retail_price: {} };
      case 4:
        return {
          ...wire,
          order: link(wire.order, "orders"),
          sku: 12_345,
          extra_field: { product_name: { tr: "Tişört" } },
        };
      default:
        return wire;
    }
  }

  function plan({ wire }: PlanRecord): unknown {
    if (verbatim.has(wire.id) || kind(wire.id, 2) === 0) return wire;
    return {
      ...wire,
      order: link(wire.order, "orders"),
      order_items: wire.order_items.map((id) => ({ id })),
      refund_amount: number(wire.refund_amount),
    };
  }

  function address({ wire }: AddressRecord): unknown {
    if (verbatim.has(wire.id)) return wire;
    switch (kind(wire.id, 3)) {
      case 1:
        return {
          ...wire,
          country: place(wire.country),
          city: place(wire.city),
          township: place(wire.township),
          district: place(wire.district),
        };
      case 2:
        return {
          ...wire,
          postcode: Number(wire.postcode),
          phone_number: Number(wire.phone_number),
          is_active: "true",
          e_bill_taxpayer: null,
        };
      default:
        return wire;
    }
  }

  return { order, item, plan, address };
}
