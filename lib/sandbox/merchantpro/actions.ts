// PATCH /api/v2/orders/{id}/{handler}: the processing handlers and Orderdeck's workflow rules
// (platforms.md section 6). Each one answers {"ok": true}, as the seed shows.
import type { SandboxResponse } from "../core/types";
import { invoiceFor } from "./data";
import { formatRo } from "./dates";
import { mpError } from "./errors";
import { PAYMENT_STATUS_TEXT, SHIPPING_STATUS_TEXT } from "./reference";
import type { Store } from "./store";
import type { OrderRecord, ShippingStatus } from "./types";

export type StatusHandler = "in_process" | "shipped" | "delivered" | "returned" | "cancelled";
export type Handler = StatusHandler | "create_invoice";

const ALLOWED_FROM: Record<StatusHandler, readonly ShippingStatus[]> = {
  in_process: ["awaiting", "confirmed"],
  shipped: ["awaiting", "confirmed", "in_process"],
  delivered: ["shipped"],
  returned: ["shipped", "delivered"],
  cancelled: ["temporary", "awaiting", "confirmed", "in_process"],
};

export function isHandler(name: string): name is Handler {
  return name === "create_invoice" || Object.hasOwn(ALLOWED_FROM, name);
}

function refuse(order: OrderRecord, message: string): SandboxResponse {
  return mpError(400, "invalid_status", `Order ${order.id}: ${message}`);
}

function setShippingStatus(order: OrderRecord, handler: StatusHandler, nowText: string): void {
  order.shipping_status = handler;
  order.shipping_status_text = SHIPPING_STATUS_TEXT[handler];
  if (handler === "shipped") order.date_shipped = nowText;
  if (handler === "delivered") order.date_delivered = nowText;
  if (handler === "cancelled") {
    // The seed's cancelled order shows payment_status "cancelled" / "Plata anulata" alongside the shipping status.
    order.payment_status = "cancelled";
    order.payment_status_text = PAYMENT_STATUS_TEXT.cancelled;
  }
}

export function runHandler(store: Store, order: OrderRecord, handler: Handler, now: number): SandboxResponse {
  const current = order.shipping_status;
  if (handler === "create_invoice") {
    if (order.invoice) {
      return refuse(order, `an invoice already exists (${order.invoice.prefix} ${order.invoice.number}).`);
    }
    if (current === "cancelled") return refuse(order, "cannot create an invoice for a cancelled order.");
    order.invoice = invoiceFor(order.id, store.invoiceNumber());
  } else {
    const allowed = ALLOWED_FROM[handler];
    if (current === undefined || !allowed.includes(current)) {
      return refuse(
        order,
        `cannot change the shipping status to ${handler} while it is ${current ?? "unknown"} (allowed from: ${allowed.join(", ")}).`,
      );
    }
    setShippingStatus(order, handler, formatRo(now));
  }
  order.date_modified = formatRo(now);
  return { status: 200, body: { ok: true } };
}
