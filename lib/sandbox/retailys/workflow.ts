// The order's lifecycle actions (platforms.md section 6): sent, delivered, done, cancel, set status, paid.
import { centsToDecimal } from "../core/money";
import type { SandboxRequest, SandboxResponse } from "../core/types";
import { objectBody, optionalString, requiredInt, requiredMoney } from "./body";
import { FLAG_STATUS_IDS } from "./constants";
import { badRequest, json, unprocessable } from "./errors";
import { HISTORY_TEXT } from "./history-text";
import { renderOrder } from "./render";
import { findStatus } from "./statuses";
import type { Store } from "./store";
import { type Order, orderTotalCents } from "./types";

export type FlagAction = "sent" | "delivered" | "done" | "cancel";

interface FlagRule {
  verb: string;
  rule: string;
  refusal(order: Order): string | null;
  /** The flag the action raises; the status and history text follow it. */
  flag: "sent" | "delivered" | "done" | "canceled";
}

const FLAG_RULES: Record<FlagAction, FlagRule> = {
  sent: {
    verb: "marked as sent",
    rule: "An order can be marked as sent when it is neither canceled nor sent.",
    refusal: (o) => (o.canceled ? "it is canceled" : o.sent ? "it has already been sent" : null),
    flag: "sent",
  },
  delivered: {
    verb: "marked as delivered",
    rule: "An order can be marked as delivered when it is sent, not delivered and not canceled.",
    refusal: (o) =>
      o.canceled
        ? "it is canceled"
        : !o.sent
          ? "it has not been sent yet"
          : o.delivered
            ? "it has already been delivered"
            : null,
    flag: "delivered",
  },
  done: {
    verb: "marked as done",
    rule: "An order can be marked as done when it is neither canceled nor done.",
    refusal: (o) => (o.canceled ? "it is canceled" : o.done ? "it is already done" : null),
    flag: "done",
  },
  cancel: {
    verb: "canceled",
    rule: "An order can be canceled when it is neither canceled nor done.",
    refusal: (o) => (o.canceled ? "it is already canceled" : o.done ? "it is already done" : null),
    flag: "canceled",
  },
};

/** PATCH /System/Orders/{id}/sent|delivered|done|cancel: no body; 200 with the order, 422 when the state forbids it. */
export function flagAction(store: Store, idText: string, action: FlagAction): SandboxResponse {
  const order = store.get(idText);
  const rule = FLAG_RULES[action];
  const reason = rule.refusal(order);
  if (reason) throw unprocessable(`Order ${order.id} cannot be ${rule.verb}: ${reason}.`, rule.rule);
  raiseFlag(store, order, rule.flag);
  return json(200, renderOrder(order, false, store.variant));
}

/** Raises one lifecycle flag: the status follows it and the instance records it (the API and the shop alike). */
export function raiseFlag(store: Store, order: Order, flag: FlagRule["flag"]): void {
  order[flag] = true;
  order.statusId = FLAG_STATUS_IDS[flag];
  store.record(order, HISTORY_TEXT[flag]);
}

const STATUS_HINT = 'Expected body: {"statusId": integer}.';

/** PATCH /System/Orders/{id}/status: any status of the instance; its completeOrder/cancelOrder also set done/canceled [assumed]. */
export function setStatus(store: Store, req: SandboxRequest, idText: string): SandboxResponse {
  const order = store.get(idText);
  const statusId = requiredInt(objectBody(req, STATUS_HINT), "statusId", STATUS_HINT);
  const status = findStatus(statusId);
  // [assumed] An unknown status id is a 422 (the id is valid syntax, the instance just has no such status).
  if (!status)
    throw unprocessable(
      `Order status ${statusId} does not exist.`,
      "Read the instance's statuses from GET /System/Orders/Statuses.",
    );
  if (status.completeOrder && order.canceled)
    throw unprocessable(
      `Order ${order.id} cannot be set to "${status.name}": it is canceled.`,
      "A status that completes the order needs an order that is not canceled.",
    );
  if (status.cancelOrder && order.done)
    throw unprocessable(
      `Order ${order.id} cannot be set to "${status.name}": it is already done.`,
      "A status that cancels the order needs an order that is not done.",
    );
  order.statusId = status.id;
  if (status.completeOrder) order.done = true;
  if (status.cancelOrder) order.canceled = true;
  store.record(order, HISTORY_TEXT.status(status.name));
  return json(200, renderOrder(order, false, store.variant));
}

const PAID_HINT = 'Expected body: {"paid": number, "paymentId": string, "status": string, "url": string}.';
const PAID_RULE =
  "A payment can be recorded while the order is not canceled and paid < money; it may not exceed the remainder.";

/** PATCH /System/Orders/{id}/paid: adds `paid` to the amount paid and sets datePaid. */
export function markPaid(store: Store, req: SandboxRequest, idText: string): SandboxResponse {
  const order = store.get(idText);
  const body = objectBody(req, PAID_HINT);
  const amount = requiredMoney(body, "paid", PAID_HINT);
  if (amount === 0) throw badRequest("Field 'paid' must be greater than 0.", PAID_HINT);
  const paymentId = optionalString(body, "paymentId", PAID_HINT, true);
  const gatewayStatus = optionalString(body, "status", PAID_HINT, true);
  optionalString(body, "url", PAID_HINT, true);
  const remaining = orderTotalCents(order) - order.paidCents;
  const money = (cents: number) => `${centsToDecimal(cents)} ${order.currency}`;
  const reason = order.canceled
    ? "it is canceled"
    : remaining <= 0
      ? "it is already fully paid"
      : amount > remaining
        ? `the payment of ${money(amount)} exceeds the remaining ${money(remaining)}`
        : null;
  if (reason) throw unprocessable(`Order ${order.id} cannot be paid: ${reason}.`, PAID_RULE);
  order.paidCents += amount;
  order.datePaid = store.now();
  store.record(order, HISTORY_TEXT.payment(amount, order.currency, [paymentId, gatewayStatus]), "payment");
  return json(200, renderOrder(order, false, store.variant));
}
