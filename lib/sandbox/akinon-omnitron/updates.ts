// PATCH /api/v1/orders/{pk}/ (is_send only) and PATCH /api/v1/order_items/{pk}/ (status, extra_field,
// attributes, attributes_kwargs, cancel_status). Everything is validated before anything changes.
import { INVALID_JSON, type SandboxRequest, type SandboxResponse } from "../core/types";
import { isCancelStatus } from "../shared/akinon";
import { type FieldErrors, nonField, notFound, parseError, validation } from "./errors";
import { drfBoolean, INVALID_BOOLEAN, isPlainObject, pythonType } from "./fields";
import { touch } from "./modified";
import type { Store } from "./store";
import { isStatusCode, type OrderItem } from "./types";
import { syncOrderFromItems, transitionErrors } from "./workflow";

export const NOT_UPDATABLE = "This field can not be updated."; // [assumed wording]
export const TRANSITION_CODE = "order_item_status_transition_invalid"; // [assumed error code]

/** The body as a JSON object, or the 400 DRF gives for anything else. */
export function objectBody(req: SandboxRequest): { body: Record<string, unknown> } | { error: SandboxResponse } {
  if (req.body === INVALID_JSON) return { error: parseError() };
  const body = req.body ?? {};
  if (isPlainObject(body)) return { body };
  return {
    error: validation({ non_field_errors: [`Invalid data. Expected a dictionary, but got ${pythonType(body)}.`] }),
  };
}

/** The record the URL names and the request's JSON object; or the 404, then the 400, that DRF answers first. */
export function target<T>(
  req: SandboxRequest,
  record: T | undefined,
): { record: T; body: Record<string, unknown> } | { error: SandboxResponse } {
  if (!record) return { error: notFound() };
  const parsed = objectBody(req);
  return "error" in parsed ? parsed : { record, body: parsed.body };
}

/** A ChoiceField reads `str(value)`: 450 and "450" are the same status; anything else is not a status. */
export function statusOf(value: unknown): string | undefined {
  if (typeof value === "number" || typeof value === "string") return String(value);
  return undefined;
}

export function patchOrder(req: SandboxRequest, store: Store, id: number): SandboxResponse {
  const found = target(req, store.byId(id));
  if ("error" in found) return found.error;
  const { record: order, body } = found;
  const errors: FieldErrors = {};
  // Omnitron's quirk: this endpoint takes is_send and nothing else; other changes go through order items.
  for (const key of Object.keys(body)) if (key !== "is_send") errors[key] = [NOT_UPDATABLE];
  const isSend = drfBoolean(body.is_send);
  if (!("is_send" in body)) errors.is_send = ["This field is required."];
  else if (isSend === undefined) errors.is_send = [INVALID_BOOLEAN];
  if (Object.keys(errors).length > 0) return validation(errors);
  if (isSend && order.is_send) return nonField("Order has already been sent to the ERP.", "order_already_sent");
  order.is_send = isSend === true;
  touch(order);
  return { status: 200, body: order };
}

const ITEM_FIELDS = new Set(["status", "extra_field", "attributes", "attributes_kwargs", "cancel_status"]);

/** Field errors first; only a well-formed body is checked against the workflow (that refusal carries a code). */
function itemErrors(body: Record<string, unknown>, item: OrderItem): { errors: FieldErrors; code?: string } {
  const errors: FieldErrors = {};
  for (const key of Object.keys(body)) if (!ITEM_FIELDS.has(key)) errors[key] = [NOT_UPDATABLE];
  const dictError = (value: unknown) => `Expected a dictionary of items but got type "${pythonType(value)}".`;
  const status = statusOf(body.status);
  if ("status" in body && !isStatusCode(status)) errors.status = [`"${String(body.status)}" is not a valid choice.`];
  if ("extra_field" in body && !isPlainObject(body.extra_field)) errors.extra_field = [dictError(body.extra_field)];
  if ("attributes" in body) {
    const value = body.attributes;
    if (!isPlainObject(value)) errors.attributes = [dictError(value)];
    else if (!Object.values(value).every((v) => typeof v === "string" || typeof v === "boolean"))
      errors.attributes = ["All values must be string or boolean."];
  }
  if ("attributes_kwargs" in body) {
    const value = body.attributes_kwargs;
    if (!isPlainObject(value)) errors.attributes_kwargs = [dictError(value)];
    else if (!Object.values(value).every(isPlainObject)) errors.attributes_kwargs = ["All values must be objects."];
  }
  if ("cancel_status" in body && body.cancel_status !== null && !isCancelStatus(String(body.cancel_status)))
    errors.cancel_status = [`"${String(body.cancel_status)}" is not a valid choice.`];
  // Re-sending the item's current status is a no-op, not a transition (ERP retries are common) [assumed].
  if (Object.keys(errors).length === 0 && status !== undefined && status !== item.status) {
    const refused = transitionErrors(item, { status });
    if (refused) return { errors: refused, code: TRANSITION_CODE };
  }
  return { errors };
}

export function patchOrderItem(req: SandboxRequest, store: Store, id: number): SandboxResponse {
  const found = target(req, store.item(id));
  if ("error" in found) return found.error;
  const { order, item } = found.record;
  const { body } = found;
  const { errors, code } = itemErrors(body, item);
  if (Object.keys(errors).length > 0) return validation(errors, code);
  const status = statusOf(body.status);
  if (status !== undefined) item.status = status;
  if (isPlainObject(body.extra_field)) item.extra_field = { ...item.extra_field, ...body.extra_field };
  if (isPlainObject(body.attributes)) item.attributes = { ...body.attributes };
  if (isPlainObject(body.attributes_kwargs)) item.attributes_kwargs = { ...body.attributes_kwargs };
  if ("cancel_status" in body) item.cancel_status = body.cancel_status === null ? null : String(body.cancel_status);
  syncOrderFromItems(order);
  touch(order);
  return { status: 200, body: item };
}
