// The four FilterSets, parameter for parameter as platforms.md section 3 and the seed list them
// (with the double underscores the seed's order-item table lost).
import { PLAN_STATUSES, PLAN_TYPES } from "./constants";
import {
  bool,
  choice,
  dateTimeRange,
  type FilterSpec,
  foreignKey,
  json,
  manyToMany,
  number,
  numberRange,
  onDate,
  text,
  uuid,
  uuidIn,
} from "./filters";
import { LOCATION_IDS } from "./locations";
import type { Store } from "./store";
import type { AddressRecord, ItemRecord, OrderRecord, PlanRecord, Stored } from "./types";
import type { SellerCenterVariant } from "./variant";

function timestamps<R extends Stored<unknown>>(): FilterSpec<R>[] {
  return [...dateTimeRange<R>("created_at", (r) => r.createdAt), ...dateTimeRange<R>("updated_at", (r) => r.updatedAt)];
}

export function orderFilters(): FilterSpec<OrderRecord>[] {
  return [
    text("number", (r) => r.wire.number),
    number("status", (r) => r.wire.status),
    text("number__contains", (r) => r.wire.number, "contains"),
    text("number__icontains", (r) => r.wire.number, "icontains"),
    ...dateTimeRange<OrderRecord>("date_placed", (r) => r.placedAt),
    ...numberRange<OrderRecord>("amount", (r) => r.wire.amount),
    ...numberRange<OrderRecord>("discount_amount", (r) => r.wire.discount_amount),
    // The wire says "usd" while the enum says USD: either spelling matches.
    text("currency", (r) => r.wire.currency, "iexact"),
    bool("has_gift_box", (r) => r.wire.has_gift_box),
    ...timestamps<OrderRecord>(),
  ];
}

export function itemFilters(store: Store, variant: SellerCenterVariant): FilterSpec<ItemRecord>[] {
  // `order` is not in the seed's list [assumed]: a tenant without it ignores the parameter (ignoreUnknownFilters).
  const byOrder = foreignKey<ItemRecord>("order", (r) => r.wire.order, store.ordersById);
  return [
    ...(variant.ignoreUnknownFilters ? [] : [byOrder]),
    text("order__number", (r) => r.order.wire.number),
    number("order__status", (r) => r.order.wire.status),
    text("order__number__contains", (r) => r.order.wire.number, "contains"),
    text("order__number__icontains", (r) => r.order.wire.number, "icontains"),
    number("status", (r) => r.wire.status),
    ...dateTimeRange<ItemRecord>("order__date_placed", (r) => r.order.placedAt),
    ...numberRange<ItemRecord>("price", (r) => r.wire.price),
    ...numberRange<ItemRecord>("retail_price", (r) => r.wire.retail_price),
    ...numberRange<ItemRecord>("discount_amount", (r) => r.wire.discount_amount),
    text("price_currency", (r) => r.wire.price_currency, "iexact"),
    ...timestamps<ItemRecord>(),
  ];
}

export function planFilters(store: Store): FilterSpec<PlanRecord>[] {
  return [
    onDate("created_at__date", (r) => r.createdAt),
    text("order__number", (r) => r.order.wire.number),
    foreignKey("order", (r) => r.wire.order, store.ordersById),
    manyToMany("order_items", (r) => r.wire.order_items, store.itemsById),
    number("shipping_refund_amount", (r) => r.wire.shipping_refund_amount),
    number("refund_amount", (r) => r.wire.refund_amount),
    number("discount_refund_amount", (r) => r.wire.discount_refund_amount),
    choice("status", (r) => r.wire.status, PLAN_STATUSES),
    choice("plan_type", (r) => r.wire.plan_type, PLAN_TYPES),
    text("invoice_number", (r) => r.wire.invoice_number),
    json("payment_plan", (r) => r.wire.payment_plan),
  ];
}

const ADDRESS_TEXT_FIELDS = [
  "email",
  "phone_number",
  "first_name",
  "last_name",
  "line",
  "postcode",
  "notes",
  "company_name",
  "tax_office",
  "tax_no",
  "identity_number",
] as const;

export function addressFilters(variant: SellerCenterVariant): FilterSpec<AddressRecord>[] {
  return [
    uuid("id", (r) => r.wire.id),
    // django-filter's `in` lookup [assumed: the seed lists only `id`]; absent with ignoreUnknownFilters.
    ...(variant.ignoreUnknownFilters ? [] : [uuidIn<AddressRecord>("id__in", (r) => r.wire.id)]),
    ...ADDRESS_TEXT_FIELDS.map((field) => text<AddressRecord>(field, (r) => r.wire[field])),
    bool("is_active", (r) => r.wire.is_active),
    bool("e_bill_taxpayer", (r) => r.wire.e_bill_taxpayer),
    foreignKey("country", (r) => r.wire.country, LOCATION_IDS.countries),
    foreignKey("city", (r) => r.wire.city, LOCATION_IDS.cities),
    foreignKey("township", (r) => r.wire.township, LOCATION_IDS.townships),
    foreignKey("district", (r) => r.wire.district, LOCATION_IDS.districts),
  ];
}
