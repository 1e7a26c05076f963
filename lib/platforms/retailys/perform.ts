// Each Orderdeck action as Retailys' call(s); the platform stays the authority (its 400/422 is shown word for
// word); the caller re-reads the order afterwards.
import "server-only";
import type { ActionInput } from "../../domain/action";
import { decimalToJsonNumber } from "../../domain/decimal";
import { PlatformError } from "../errors";
import type { AdapterContext, Connection, PlatformAdapter } from "../types";
import { FLAG_MOVES, isFlagMove } from "./actions";
import { MANUAL_PAYMENT_STATUS, NOTE_HISTORY_TYPE } from "./assumed";
import { connectionCarriers, shipperIdFor } from "./carriers";
import { call, LABEL, orderPath } from "./client";
import { statusRef } from "./mappers";
import { checkOrderId, getRawOrder } from "./orders";
import { statusesForLabels } from "./statuses";

const refuse = (message: string) => new PlatformError("refused", message);

/** Money goes out as a JSON number: only when that number writes back as exactly the decimal given. */
function jsonAmount(amount: string): number {
  const value = decimalToJsonNumber(amount);
  if (value === null) throw refuse(`${amount} cannot be sent to ${LABEL} exactly; use at most 2 decimals`);
  return value;
}

function itemId(lineId: string): number {
  if (!/^\d+$/.test(lineId.trim())) throw new PlatformError("not_found", `${LABEL} has no order item "${lineId}"`);
  return Number(lineId.trim());
}

/** The order's current status name, which a history record carries (omitted when the instance's list lacks it). */
async function currentStatusName(conn: Connection, orderId: string, ctx: AdapterContext): Promise<string | null> {
  const [{ raw }, statuses] = await Promise.all([getRawOrder(conn, orderId, ctx), statusesForLabels(conn, ctx)]);
  const ref = statusRef(raw);
  return (ref && (statuses.find((status) => status.code === ref.id)?.label ?? ref.name)) || null;
}

function setStatusCall(conn: Connection, id: string, status: string) {
  const code = status.trim();
  if (isFlagMove(code)) return { method: "PATCH" as const, path: orderPath(conn, id, FLAG_MOVES[code].path) };
  if (/^\d+$/.test(code)) {
    return { method: "PATCH" as const, path: orderPath(conn, id, "/status"), body: { statusId: Number(code) } };
  }
  throw refuse(`"${status}" is not a status of this ${LABEL} instance`);
}

async function write(conn: Connection, id: string, action: ActionInput, ctx: AdapterContext): Promise<void> {
  const send = (req: Parameters<typeof call>[2]) => call(conn, ctx, req);
  switch (action.type) {
    case "set-status":
      await send(setStatusCall(conn, id, action.status));
      return;
    case "cancel":
      // Retailys' cancel takes no reason: it stays in Orderdeck's audit log.
      await send({ method: "PATCH", path: orderPath(conn, id, "/cancel") });
      return;
    case "mark-paid": {
      // paymentId and url describe a gateway payment: sent only when the person gave a reference.
      const reference = action.reference ? { paymentId: action.reference } : {};
      const body = { paid: jsonAmount(action.amount), ...reference, status: MANUAL_PAYMENT_STATUS };
      await send({ method: "PATCH", path: orderPath(conn, id, "/paid"), body });
      return;
    }
    case "add-tracking": {
      // The instance's own shipper id: typed, or by a name of the connection's `carriers` mapping; never guessed.
      const shipperId = shipperIdFor(action.carrier, connectionCarriers(conn));
      const body = { shipperId, trackingNumber: action.trackingNumber };
      await send({ method: "POST", path: orderPath(conn, id, "/tracking"), body });
      return;
    }
    case "add-note": {
      const status = await currentStatusName(conn, id, ctx);
      const record = status ? { name: action.text, status } : { name: action.text };
      await send({ method: "POST", path: orderPath(conn, id, "/history"), body: { type: NOTE_HISTORY_TYPE, record } });
      return;
    }
    case "add-item": {
      const price = action.unitPrice === undefined ? {} : { price: jsonAmount(action.unitPrice) };
      const body = { article: action.sku, count: action.quantity, ...price };
      await send({ method: "POST", path: orderPath(conn, id, "/item"), body });
      return;
    }
    case "edit-item": {
      const body = {
        id: itemId(action.lineId),
        count: action.quantity,
        ...(action.unitPrice === undefined ? {} : { price: jsonAmount(action.unitPrice) }),
        ...(action.note === undefined ? {} : { note: action.note }),
      };
      await send({ method: "PUT", path: orderPath(conn, id, "/item"), body });
      return;
    }
    case "delete-item":
      await send({ method: "DELETE", path: orderPath(conn, id, `/item/${itemId(action.lineId)}`) });
      return;
    default:
      throw new PlatformError("unsupported", `${LABEL} has no "${action.type}" operation`);
  }
}

/** Performs the action; resolves once Retailys accepted it. */
export const perform: PlatformAdapter["perform"] = async (conn, orderId, action, ctx) => {
  const id = checkOrderId(orderId);
  await write(conn, id, action, ctx);
  return { orderId: id };
};
