// MerchantPro's workflow (platforms.md section 6): the processing handlers PATCH /orders/{id}/{handler}
// (answer {"ok": true}), and PATCH /orders/{id} for the AWB and internal notes. Each write says what the re-read
// order must show, so a write MerchantPro answered OK without applying is reported, never shown as a success.
import "server-only";
import { type AvailableAction, intentOfStage } from "../../domain/action";
import type { Order } from "../../domain/order";
import { PlatformError } from "../errors";
import { offer } from "../offer";
import type { AcceptedWrite, AdapterContext, Connection, PlatformAdapter } from "../types";
import { MERCHANTPRO_ASSUMED } from "./assumed";
import { callJson } from "./client";
import { currentNotes } from "./notes";
import { getOrderPayload, orderPath } from "./orders";
import { handlerAnswerSchema } from "./schema";
import { type ShippingStatus, shippingLabel, stageOf } from "./statuses";

type Handler = "in_process" | "shipped" | "delivered" | "returned" | "cancelled" | "create_invoice";

/** Each status handler sets shipping_status to its own name, from these states only. */
const MOVES: readonly { handler: Handler & ShippingStatus; label: string; from: readonly ShippingStatus[] }[] = [
  { handler: "in_process", label: "Mark as in process", from: ["awaiting", "confirmed"] },
  { handler: "shipped", label: "Mark as shipped", from: ["awaiting", "confirmed", "in_process"] },
  { handler: "delivered", label: "Mark as delivered", from: ["shipped"] },
  { handler: "returned", label: "Mark as returned", from: ["shipped", "delivered"] },
];
const CANCEL_FROM: readonly string[] = ["temporary", "awaiting", "confirmed", "in_process"];

export function availableActions(order: Order): AvailableAction[] {
  const code = order.status.code;
  const actions = MOVES.filter((move) => (move.from as readonly string[]).includes(code)).map((move) =>
    offer("set-status", {
      label: move.label,
      status: { code: move.handler, label: shippingLabel(move.handler) },
      intent: intentOfStage(stageOf(move.handler)),
    }),
  );
  if (CANCEL_FROM.includes(code)) {
    actions.push(offer("cancel", { status: { code: "cancelled", label: shippingLabel("cancelled") } }));
  }
  if (order.invoice === null && code !== "cancelled") actions.push(offer("create-invoice"));
  if (MERCHANTPRO_ASSUMED.awbWritable && code !== "cancelled") {
    actions.push(offer("add-tracking", { requires: ["trackingNumber"] }));
  }
  if (MERCHANTPRO_ASSUMED.internalNotesWritable) actions.push(offer("add-note", { requires: ["text"] }));
  return actions;
}

async function runHandler(conn: Connection, orderId: string, handler: Handler, ctx: AdapterContext): Promise<void> {
  const body = await callJson(conn, ctx, { method: "PATCH", path: `${orderPath(orderId)}/${handler}` });
  const answer = handlerAnswerSchema.safeParse(body);
  if (answer.success && !answer.data.ok) {
    throw new PlatformError("refused", `MerchantPro did not perform ${handler} on order ${orderId}`);
  }
}

/** The re-read order must show the write; else the platform accepted it without applying it. */
function expecting(applied: (order: Order) => boolean, what: string): AcceptedWrite {
  return {
    check: (order) => (applied(order) ? null : `MerchantPro answered OK but order ${order.id} does not show ${what}`),
  };
}

async function setStatus(
  conn: Connection,
  orderId: string,
  status: string,
  ctx: AdapterContext,
): Promise<AcceptedWrite> {
  const move = status === "cancelled" ? "cancelled" : MOVES.find((m) => m.handler === status)?.handler;
  if (!move) {
    throw new PlatformError(
      "unsupported",
      `MerchantPro's API cannot set the shipping status "${status}" (it can: in_process, shipped, delivered, returned, cancelled)`,
    );
  }
  await runHandler(conn, orderId, move, ctx);
  return expecting((order) => order.status.code === move, `the status ${shippingLabel(move)}`);
}

/** PATCH /orders/{id} with a few fields. MerchantPro: a PATCH with line_items replaces all lines — never send them. */
async function patchOrder(conn: Connection, orderId: string, body: Record<string, unknown>, ctx: AdapterContext) {
  await callJson(conn, ctx, { method: "PATCH", path: orderPath(orderId), body });
}

export const perform: PlatformAdapter["perform"] = async (conn, orderId, action, ctx) => {
  switch (action.type) {
    case "set-status":
      return setStatus(conn, orderId, action.status, ctx);
    case "cancel":
      // MerchantPro takes no cancellation reason; the handler also sets payment_status to cancelled.
      return setStatus(conn, orderId, "cancelled", ctx);
    case "create-invoice": {
      // MerchantPro numbers the invoice itself (its own series): an invoice number typed here is not sent.
      await runHandler(conn, orderId, "create_invoice", ctx);
      return expecting((order) => order.invoice !== null, "an invoice");
    }
    case "add-tracking": {
      if (!MERCHANTPRO_ASSUMED.awbWritable) break;
      const awb = action.trackingNumber.trim();
      await patchOrder(conn, orderId, { shipping_awb: awb }, ctx);
      return expecting((order) => order.shipping.tracking.some((t) => t.number === awb), `the AWB ${awb}`);
    }
    case "add-note": {
      if (!MERCHANTPRO_ASSUMED.internalNotesWritable) break;
      const text = action.text.trim();
      // Read-modify-write: if the PATCH replaces the list, it must carry every note the order already has.
      const earlier = currentNotes(await getOrderPayload(conn, orderId, ctx), orderId);
      await patchOrder(conn, orderId, { internal_notes: [...earlier, { text }] }, ctx);
      const kept = (order: Order) => {
        const texts = (order.extras.internalNotes ?? []).map((n) => n.text.trim());
        return texts.includes(text) && earlier.every((note) => texts.includes(note.text.trim()));
      };
      return expecting(kept, "the new note beside the earlier ones");
    }
  }
  throw new PlatformError("unsupported", `MerchantPro does not support "${action.type}" in Orderdeck`);
};
