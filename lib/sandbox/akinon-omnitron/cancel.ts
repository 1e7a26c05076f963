// POST /api/i1/orders/{id}/cancel/ — cancel some items (cancel_items) or all (is_all) of an order that has not
// shipped yet, each with one of the tenant's cancellation reasons (`reasons: {item: reason id}`, reasons.ts).
// Cancelled items go to "100"; when none is left active the order is "100" too.
import { toCents } from "../core/money";
import type { SandboxRequest, SandboxResponse } from "../core/types";
import { type FieldErrors, nonField, validation } from "./errors";
import { drfBoolean, INVALID_BOOLEAN, isPlainObject, pkMessages, primaryKey, pythonType } from "./fields";
import { touch } from "./modified";
import { reasonError } from "./reasons";
import type { Store } from "./store";
import { CANCELLED, type Order, type OrderItem, REFUNDED } from "./types";
import { target } from "./updates";
import { bookRefund, cancelRefusal, syncOrderFromItems } from "./workflow";

const CANCEL_REFUSED_CODE = "order_cancel_not_allowed"; // [assumed error code]

const isActive = (item: OrderItem) => item.status !== CANCELLED && item.status !== REFUNDED;

function readBool(body: Record<string, unknown>, key: string, errors: FieldErrors): boolean {
  if (!(key in body)) return false;
  const value = drfBoolean(body[key]);
  if (value === undefined) errors[key] = [INVALID_BOOLEAN];
  return value === true;
}

function readItems(body: Record<string, unknown>, order: Order, isAll: boolean, errors: FieldErrors): OrderItem[] {
  if (isAll) return order.orderitem_set.filter(isActive);
  const raw = body.cancel_items;
  if (raw === undefined) errors.cancel_items = ["This field is required."];
  else if (!Array.isArray(raw)) errors.cancel_items = [`Expected a list of items but got type "${pythonType(raw)}".`];
  else if (raw.length === 0) errors.cancel_items = ["This list may not be empty."];
  if (!Array.isArray(raw) || raw.length === 0) return [];
  const items: OrderItem[] = [];
  const problems: string[] = [];
  for (const value of raw) {
    const id = primaryKey(value);
    const item = order.orderitem_set.find((candidate) => candidate.id === id);
    if (id === null) problems.push(pkMessages.wrongType(value));
    else if (!item) problems.push(`Order item ${id} does not belong to order ${order.id}.`);
    else if (!isActive(item)) problems.push(`Order item ${id} is already cancelled.`);
    else if (!items.includes(item)) items.push(item);
  }
  if (problems.length > 0) errors.cancel_items = problems;
  return items;
}

/** Every cancelled item needs an active cancellation reason of the tenant's list [assumed: one per item]. */
function readReasons(body: Record<string, unknown>, items: readonly OrderItem[], errors: FieldErrors): void {
  const reasons = body.reasons;
  if (!("reasons" in body)) errors.reasons = ["This field is required."];
  else if (!isPlainObject(reasons))
    errors.reasons = [`Expected a dictionary of items but got type "${pythonType(reasons)}".`];
  if (!isPlainObject(reasons)) return;
  const problems: string[] = [];
  for (const value of Object.values(reasons)) {
    const problem = reasonError(value);
    if (problem && !problems.includes(problem)) problems.push(problem);
  }
  for (const item of items) {
    if (!(String(item.id) in reasons)) problems.push(`Order item ${item.id} needs a cancellation reason.`); // [assumed]
  }
  if (problems.length > 0) errors.reasons = problems;
}

export function cancelOrder(req: SandboxRequest, store: Store, id: number): SandboxResponse {
  const found = target(req, store.byId(id));
  if ("error" in found) return found.error;
  const { record: order, body } = found;
  const errors: FieldErrors = {};

  const orderId = primaryKey(body.order);
  if (!("order" in body)) errors.order = ["This field is required."];
  else if (orderId === null) errors.order = [pkMessages.wrongType(body.order)];
  else if (orderId !== order.id) errors.order = [`The order ${orderId} does not match the order in the URL.`]; // [assumed]
  const isAll = readBool(body, "is_all", errors);
  const cargo = readBool(body, "is_cargo_refund", errors);
  const items = readItems(body, order, isAll, errors);
  const forcedRaw = body.forced_refund_amount;
  const forced = forcedRaw === undefined || forcedRaw === null ? null : toCents(forcedRaw);
  if (forcedRaw !== undefined && forcedRaw !== null && (forced === null || forced < 0))
    errors.forced_refund_amount = ["A valid number is required."];
  readReasons(body, items, errors);
  if (Object.keys(errors).length > 0) return validation(errors);

  const refusal = cancelRefusal(order);
  if (refusal) return nonField(refusal, CANCEL_REFUSED_CODE);

  bookRefund(order, items, cargo, forced);
  for (const item of items) {
    item.status = CANCELLED;
    item.cancel_status = "completed"; // [assumed] a pre-shipment cancel completes at once
  }
  syncOrderFromItems(order);
  touch(order);
  return { status: 200, body: order }; // [assumed] the answer is the order after the cancellation
}
