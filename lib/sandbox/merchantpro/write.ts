// POST /api/v2/orders (create) and PATCH /api/v2/orders/{id} (update). Both answer 200 with the full
// order [seed: "the http response code is 200"], the same shape GET /orders/{id} returns.
import { INVALID_JSON, type SandboxResponse } from "../core/types";
import { collectChanges } from "./changes";
import { orderUrls } from "./data";
import { formatRo } from "./dates";
import { mpError } from "./errors";
import { paymentMethod, SHIPPING_STATUS_TEXT } from "./reference";
import type { Store } from "./store";
import { type MpOrder, type OrderRecord, SHIPPING_STATUSES, type ShippingStatus } from "./types";

type Body = Record<string, unknown>;

/** The JSON object a write needs, or the 400 to answer. */
function readObject(body: unknown): { body: Body } | { refusal: SandboxResponse } {
  if (body === INVALID_JSON) return { refusal: mpError(400, "invalid_json", "The request body is not valid JSON.") };
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return { refusal: mpError(400, "invalid_field", "The request body must be a JSON object.") };
  }
  return { body: body as Body };
}

export function updateOrder(store: Store, order: OrderRecord, rawBody: unknown, now: number): SandboxResponse {
  const read = readObject(rawBody);
  if ("refusal" in read) return read.refusal;
  const apply = collectChanges(store, order, read.body);
  if (typeof apply === "string") {
    const code = apply.startsWith("the order is cancelled") ? "invalid_status" : "invalid_field";
    return mpError(400, code, `Order ${order.id}: ${apply}`);
  }
  apply(order);
  order.date_modified = formatRo(now);
  return { status: 200, body: order };
}

/** Romania's name as MerchantPro writes it (the seed's POST turns "Romania" into "România"). */
function countryName(code: unknown, given: unknown): string {
  return code === "RO" || code === undefined ? "România" : typeof given === "string" ? given : String(code);
}

const str = (value: unknown, fallback: string | null): string | null => (typeof value === "string" ? value : fallback);

export function createOrder(store: Store, rawBody: unknown, now: number): SandboxResponse {
  const read = readObject(rawBody);
  if ("refusal" in read) return read.refusal;
  const { body } = read;
  const method = typeof body.payment_method_code === "string" ? paymentMethod(body.payment_method_code) : undefined;
  if (!method) return mpError(400, "invalid_field", "payment_method_code is missing or not an active payment method.");
  if (typeof body.customer_email !== "string") return mpError(400, "invalid_field", "customer_email is required.");
  if (typeof body.billing_name !== "string") return mpError(400, "invalid_field", "billing_name is required.");
  if (body.line_items === undefined) return mpError(400, "invalid_field", "line_items is required.");
  const shipping = (body.shipping_status ?? "awaiting") as ShippingStatus;
  if (!SHIPPING_STATUSES.includes(shipping)) {
    return mpError(400, "invalid_field", `shipping_status must be one of ${SHIPPING_STATUSES.join(", ")}.`);
  }
  const id = store.nextOrderId();
  const stamp = formatRo(now);
  const order: MpOrder = {
    id,
    parent_id: null,
    return_source_id: null,
    rma_orders: null,
    channel_name: null,
    channel_ref_id: null,
    payment_status: "awaiting",
    payment_status_text: "",
    payment_substatus_id: null,
    payment_substatus_text: null,
    payment_method_code: method.code,
    payment_method_name: method.name,
    payment_transaction_id: null,
    shipping_status: shipping,
    shipping_status_text: SHIPPING_STATUS_TEXT[shipping],
    shipping_substatus_id: null,
    shipping_substatus_text: null,
    shipping_method_id: 0,
    shipping_method_name: null,
    shipping_delivery_info: null,
    shipping_carrier_id: null,
    shipping_awb: null,
    shipping_amount: null,
    shipping_tax_amount: null,
    total_amount: 0,
    currency: "RON",
    original_currency: null,
    currency_rate: null,
    coupon_code: null,
    customer_id: 0,
    customer_email: body.customer_email,
    // As the seed's POST answer shows: no IP for an API order, desktop device, language unknown.
    customer_ip_address: "",
    customer_ip_country: "",
    customer_device: "desktop",
    customer_lang: null,
    customer_note: null,
    customer_notification: null,
    date_created: stamp,
    date_modified: stamp,
    date_shipped: null,
    date_delivered: null,
    created_by: "customer",
    meta_fields: null,
    internal_notes: null,
    tags: null,
    billing_type: "individual",
    billing_name: body.billing_name,
    billing_identity_number: null,
    billing_company_name: null,
    billing_company_number: null,
    billing_company_vat: null,
    billing_company_bank_name: null,
    billing_company_bank_account: null,
    billing_country_code: str(body.billing_country_code, "RO") ?? "RO",
    billing_country_name: countryName(body.billing_country_code, body.billing_country_name),
    // The seed's answer fills the billing county/city from the shipping ones when the request has none.
    billing_state: str(body.billing_state, str(body.shipping_state, "")) ?? "",
    billing_city: str(body.billing_city, str(body.shipping_city, "")) ?? "",
    billing_address: "",
    billing_postal_code: "",
    billing_phone: "",
    shipping_name: str(body.shipping_name, body.billing_name) ?? body.billing_name,
    shipping_country_code: str(body.shipping_country_code, "RO") ?? "RO",
    shipping_country_name: countryName(body.shipping_country_code, body.shipping_country_name),
    shipping_state: null,
    shipping_city: null,
    shipping_address: null,
    shipping_postal_code: null,
    shipping_phone: null,
    line_items: [],
    invoice: null,
    ...orderUrls(id),
  };
  const record = order as OrderRecord;
  const { billing_country_name: _b, shipping_country_name: _s, ...writable } = body;
  const apply = collectChanges(store, record, { payment_status: "awaiting", ...writable });
  if (typeof apply === "string") return mpError(400, "invalid_field", apply);
  apply(record);
  store.insert(record);
  return { status: 200, body: record };
}
