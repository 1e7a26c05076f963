// platforms.md section 6 for Omnitron: what an order's state allows (pure), and each action as Omnitron's call.
// Item moves go through the bulk status update for every item of the order in the right state at once.
import "server-only";
import type { ActionInput, AvailableAction } from "../../domain/action";
import type { Order } from "../../domain/order";
import { PlatformError } from "../errors";
import { offer } from "../offer";
import type { AdapterContext, Connection, PlatformAdapter } from "../types";
import { carrierSlug } from "./carriers";
import { call } from "./client";
import { parseOrder } from "./mappers";
import { connectionOptions } from "./options";
import { getOrder } from "./orders";
import { CANCELLED, ITEM_MOVES, isCancellable, REFUNDED, STATUS_TABLE } from "./statuses";

const BULK_PATH = "/api/i1/order_items/bulk_status_update/";
const ERP_FLAG_PATH = (id: string) => `/api/v1/orders/${encodeURIComponent(id)}/`;
const CANCEL_PATH = (id: string) => `/api/i1/orders/${encodeURIComponent(id)}/cancel/`;

type Move = (typeof ITEM_MOVES)[keyof typeof ITEM_MOVES];

const target = (move: Move) => ({ code: move.to, label: STATUS_TABLE[move.to]?.label ?? move.to });
const linesIn = (order: Order, from: readonly string[]) =>
  order.lines.filter((line) => line.status && from.includes(line.status.code));

/** The actions that move items along Omnitron's workflow, each offered while an item of the order can take it. */
const ITEM_ACTIONS: readonly { move: Move; action: (status: { code: string; label: string }) => AvailableAction }[] = [
  { move: ITEM_MOVES.invoiced, action: (status) => offer("create-invoice", { status, requires: ["invoiceNumber"] }) },
  // Omnitron ships an order's items by giving them a tracking number.
  {
    move: ITEM_MOVES.shipped,
    action: (status) => offer("add-tracking", { status, intent: "ship", requires: ["trackingNumber", "carrier"] }),
  },
  {
    move: ITEM_MOVES.delivered,
    action: (status) => offer("set-status", { label: "Mark as delivered", status, intent: "deliver" }),
  },
];

export function availableActions(order: Order): AvailableAction[] {
  const actions: AvailableAction[] = [];
  if (order.extras.sentToErp === false) actions.push(offer("mark-exported"));
  for (const { move, action } of ITEM_ACTIONS) {
    if (linesIn(order, move.from).length > 0) actions.push(action(target(move)));
  }
  if (isCancellable(order.status.code)) actions.push(offer("cancel"));
  return actions;
}

/** DRF primary keys: the int the wire sent, when the id is one. */
const pk = (id: string): string | number => (/^\d+$/.test(id) ? Number(id) : id);

const refuse = (message: string) => new PlatformError("refused", message);

/** The bulk update of every item the move applies to, with the fields the move records. */
async function moveItems(
  conn: Connection,
  order: Order,
  move: Move,
  fields: Record<string, string>,
  ctx: AdapterContext,
) {
  const lines = linesIn(order, move.from);
  if (lines.length === 0) {
    throw refuse(`No item of this order can move to ${target(move).label} (items must be in ${move.from.join(", ")})`);
  }
  const rows = lines.map((line) => ({ id: pk(line.id), status: move.to, ...fields }));
  await call(conn, ctx, { method: "PATCH", path: BULK_PATH, body: { orderitem_set: rows } });
}

/**
 * The reason recorded for every cancelled item: the one chosen with the action, else the connection's default.
 * Omnitron needs one per item, so without either nothing is sent.
 */
function cancelReasonOf(conn: Connection, action: Extract<ActionInput, { type: "cancel" }>): string {
  const reason = action.reasonCode?.trim() || connectionOptions(conn).cancelReason;
  if (!reason) {
    throw refuse(
      "Choose a cancellation reason: Omnitron records one for every cancelled item (an admin may set a default reason in the connection's settings)",
    );
  }
  return reason;
}

async function cancel(conn: Connection, order: Order, reason: string, ctx: AdapterContext) {
  const active =
    parseOrder(order.raw).orderitem_set?.filter((item) => item.status !== CANCELLED && item.status !== REFUNDED) ?? [];
  // A reason Omnitron does not accept is refused in its own words (400 `reasons: [...]`).
  await call(conn, ctx, {
    method: "POST",
    path: CANCEL_PATH(order.id),
    body: {
      order: pk(order.id),
      is_all: true,
      cancel_items: active.map((item) => pk(item.id)),
      forced_refund_amount: null,
      reasons: Object.fromEntries(active.map((item) => [item.id, pk(reason)])),
      is_cargo_refund: false,
    },
  });
}

export const perform: PlatformAdapter["perform"] = async (conn, orderId, action, ctx) => {
  switch (action.type) {
    case "mark-exported":
      // Omnitron: this PATCH takes is_send and nothing else; its answer is not read as an order (the caller re-reads).
      await call(conn, ctx, { method: "PATCH", path: ERP_FLAG_PATH(orderId), body: { is_send: true } });
      break;
    case "create-invoice": {
      if (!action.invoiceNumber) throw refuse("Omnitron needs the invoice number to invoice the items");
      const fields: Record<string, string> = {
        invoice_number: action.invoiceNumber,
        invoice_date: new Date().toISOString(),
      };
      if (action.invoiceUrl) fields.e_archive_url = action.invoiceUrl;
      await moveItems(conn, await getOrder(conn, orderId, ctx), ITEM_MOVES.invoiced, fields, ctx);
      break;
    }
    case "add-tracking": {
      if (!action.carrier) throw refuse("Omnitron needs the carrier (shipping company) with the tracking number");
      const fields = { tracking_number: action.trackingNumber, shipping_company: carrierSlug(action.carrier) };
      await moveItems(conn, await getOrder(conn, orderId, ctx), ITEM_MOVES.shipped, fields, ctx);
      break;
    }
    case "set-status":
      if (action.status !== ITEM_MOVES.delivered.to) {
        throw new PlatformError(
          "unsupported",
          `Orderdeck sets Omnitron status ${action.status} only through its own action`,
        );
      }
      await moveItems(conn, await getOrder(conn, orderId, ctx), ITEM_MOVES.delivered, {}, ctx);
      break;
    case "cancel": {
      const reason = cancelReasonOf(conn, action); // before any call: no reason, no cancel
      // The platform decides whether the order may still be cancelled: its refusal is shown word for word.
      await cancel(conn, await getOrder(conn, orderId, ctx), reason, ctx);
      break;
    }
    default:
      throw new PlatformError("unsupported", `Akinon Omnitron has no "${action.type}" action`);
  }
  return {};
};
