// Validation of one order of the upsert array, DRF style: errors keyed by field, `order_items` as a
// list with `{}` for each valid item. The status move is checked against platforms.md section 6.
import { localityById, regionById, sectorById } from "../catalogue/geo";
import { productById } from "../catalogue/products";
import { promoCodeById, shopById } from "../catalogue/shops";
import { ECOM_ASSUMED, ECOM_STATUS_TRANSITIONS, type EcomStatus, normalizeStatus } from "../constants";
import type { EcomStore } from "../store";
import type { Localized, OrderRecord } from "../types";
import {
  decimalCents,
  integer,
  isObject,
  notADict,
  optional,
  type Parsed,
  primaryKey,
  pyType,
  REQUIRED,
  string,
} from "./fields";

export interface ItemPlan {
  itemId: number | null;
  productId?: number;
  quantity?: number;
  priceCents?: number;
  loyaltyPriceCents?: number | null;
  status?: EcomStatus;
}

/** The address an upsert sends REPLACES the order's [assumed]: a key it leaves out is cleared. */
export interface AddressPlan {
  /** Null: a new address record (no address_id sent). */
  addressId: number | null;
  storeId: number | null;
  text: Localized;
  zipCode: number | null;
  regionId: number;
  localityId: number;
  sectorId: number | null;
  addressType: string | null;
}

/**
 * One order of the upsert. The upsert REPLACES the order's `rrn`, `promocode` and `address` with what it sends
 * (absent = cleared) [assumed: the stricter reading of the seed's example]; `shop` is kept when absent, and
 * items it does not mention are kept (removal is DELETE /external/external-order-item/{id}/).
 */
export interface OrderPlan {
  orderId: number;
  rrn: string | null;
  shopId?: number;
  promoCodeId: number | null;
  items: ItemPlan[];
  address: AddressPlan | null;
  customer: { name?: string; email?: string; phone?: string };
  status?: EcomStatus;
}

const statusChoice = (value: unknown): Parsed<EcomStatus> => {
  const status = typeof value === "string" ? normalizeStatus(value) : null;
  return status ? { ok: true, value: status } : { ok: false, errors: [`"${String(value)}" is not a valid choice.`] };
};

/** A PrimaryKeyRelatedField over one of the catalogue's tables. */
const pk = (known: ReadonlyMap<number, unknown>) => (value: unknown) => primaryKey(value, known);

function validateItem(raw: unknown, existing: OrderRecord | undefined, errors: Record<string, unknown>): ItemPlan {
  if (!isObject(raw)) {
    Object.assign(errors, notADict(raw));
    return { itemId: null };
  }
  const id = optional(raw, ECOM_ASSUMED.itemIdField, (v) => integer(v), errors);
  const itemId = typeof id === "number" && existing?.items.some((i) => i.id === id) ? id : null;
  const plan: ItemPlan = { itemId };
  const productId = optional(raw, "product", pk(productById), errors, { required: itemId === null });
  if (typeof productId === "number") plan.productId = productId;
  const quantity = optional(raw, "quantity", (v) => integer(v, 1), errors);
  if (typeof quantity === "number") plan.quantity = quantity;
  const price = optional(raw, "price", decimalCents, errors);
  if (typeof price === "number") plan.priceCents = price;
  const loyalty = optional(raw, "loyalty_price", decimalCents, errors, { nullable: true });
  if (loyalty !== undefined) plan.loyaltyPriceCents = loyalty;
  const status = optional(raw, "order_status", statusChoice, errors);
  if (typeof status === "string") plan.status = status;
  return plan;
}

function validateAddress(raw: unknown, errors: Record<string, unknown>): AddressPlan | null {
  if (!isObject(raw)) {
    Object.assign(errors, notADict(raw));
    return null;
  }
  const text: Localized = { ro: "", ru: "", en: "", uk: "" };
  for (const lang of ECOM_ASSUMED.languages) {
    text[lang] = optional(raw, `address_${lang}`, string, errors, { nullable: true }) ?? "";
  }
  const addressId = optional(raw, "address_id", (v) => integer(v, 1), errors);
  const storeId = optional(raw, "store", pk(shopById), errors, { nullable: true });
  const zipCode = optional(raw, "zip_code", (v) => integer(v), errors, { nullable: true });
  // An address is always whole: its region and locality cannot be cleared.
  const regionId = optional(raw, "region_id", pk(regionById), errors, { required: true });
  const localityId = optional(raw, "locality_id", pk(localityById), errors, { required: true });
  // [assumed] a locality must lie in the address's region.
  if (typeof localityId === "number" && typeof regionId === "number") {
    if (localityById.get(localityId)?.regionId !== regionId) {
      errors.locality_id = [`Locality ${localityId} does not belong to region ${regionId}.`];
    }
  }
  const sectorId = optional(raw, "sector", pk(sectorById), errors, { nullable: true });
  const addressType = optional(raw, "address_type", string, errors, { nullable: true });
  if (typeof regionId !== "number" || typeof localityId !== "number") return null;
  return {
    addressId: addressId ?? null,
    storeId: storeId ?? null,
    text,
    zipCode: zipCode ?? null,
    regionId,
    localityId,
    sectorId: sectorId ?? null,
    addressType: addressType ?? null,
  };
}

/** One status per order: every item that names one must name the same, and the move must be allowed. */
function checkStatus(plan: OrderPlan, existing: OrderRecord | undefined, itemErrors: Record<string, unknown>[]): void {
  const first = plan.items.find((i) => i.status !== undefined)?.status;
  if (first === undefined) return;
  plan.status = first;
  const allowed = !existing || existing.status === first || ECOM_STATUS_TRANSITIONS[existing.status].includes(first);
  plan.items.forEach((item, index) => {
    if (item.status === undefined) return;
    const errors = itemErrors[index]!;
    if (item.status !== first) errors.order_status = ["All items of an order must have the same status."];
    else if (!allowed) errors.order_status = [`Cannot change status from ${existing?.status} to ${first}.`];
  });
}

/** The plan for one order, or its DRF error object. */
export function validateOrder(
  raw: unknown,
  store: EcomStore,
): { plan: OrderPlan } | { errors: Record<string, unknown> } {
  if (!isObject(raw)) return { errors: notADict(raw) };
  const errors: Record<string, unknown> = {};
  const orderId = optional(raw, "order_id", (v) => integer(v, 1), errors, { required: true });
  const existing = typeof orderId === "number" ? store.byId.get(orderId) : undefined;
  const creating = existing === undefined;
  const plan: OrderPlan = {
    orderId: orderId ?? 0,
    rrn: null,
    promoCodeId: null,
    items: [],
    address: null,
    customer: {},
  };
  plan.rrn = optional(raw, "rrn", string, errors, { nullable: true }) ?? null;
  const shop = optional(raw, "shop", pk(shopById), errors, { required: creating });
  if (typeof shop === "number") plan.shopId = shop;
  plan.promoCodeId = optional(raw, "promocode", pk(promoCodeById), errors, { nullable: true }) ?? null;

  const items = raw.order_items;
  if (items === undefined) {
    if (creating) errors.order_items = [REQUIRED];
  } else if (!Array.isArray(items)) {
    errors.order_items = { non_field_errors: [`Expected a list of items but got type "${pyType(items)}".`] };
  } else if (items.length === 0 && creating) {
    errors.order_items = { non_field_errors: ["This list may not be empty."] };
  } else {
    const itemErrors = items.map(() => ({}) as Record<string, unknown>);
    plan.items = items.map((item, index) => validateItem(item, existing, itemErrors[index]!));
    checkStatus(plan, existing, itemErrors);
    if (itemErrors.some((e) => Object.keys(e).length > 0)) errors.order_items = itemErrors;
  }

  if (raw.address !== undefined && raw.address !== null) {
    const addressErrors: Record<string, unknown> = {};
    plan.address = validateAddress(raw.address, addressErrors);
    if (Object.keys(addressErrors).length > 0) errors.address = addressErrors;
  } else if (creating) errors.address = [REQUIRED];

  // [assumed] a created order may carry its buyer as `customer: {name, email, phone}`.
  if (isObject(raw.customer)) {
    const customer = raw.customer;
    const customerErrors: Record<string, unknown> = {};
    for (const key of ["name", "email", "phone"] as const) {
      const value = optional(customer, key, string, customerErrors);
      if (value !== undefined && value !== null) plan.customer[key] = value;
    }
    if (Object.keys(customerErrors).length > 0) errors.customer = customerErrors;
  }
  return Object.keys(errors).length > 0 ? { errors } : { plan };
}
