// PUT /System/Orders with {id, delivery...}: updates the delivery address → 200 {id}.
import type { SandboxRequest, SandboxResponse } from "../core/types";
import { readAddressPatch } from "./address";
import { objectBody, requiredInt } from "./body";
import { badRequest, json, unprocessable } from "./errors";
import { HISTORY_TEXT } from "./history-text";
import type { Store } from "./store";

const HINT =
  'Expected body: {"id": integer, "deliveryName", "deliveryStreet", "deliveryCity", "deliveryZip", "deliveryStateCode", "deliveryPhone", "deliveryEmail"}.';

export function updateDelivery(store: Store, req: SandboxRequest): SandboxResponse {
  const body = objectBody(req, HINT);
  const order = store.get(String(requiredInt(body, "id", HINT)));
  const patch = readAddressPatch(body, "delivery", HINT);
  if (Object.keys(patch).length === 0) throw badRequest("Nothing to change: send at least one delivery field.", HINT);
  // [assumed] The parcel's address is fixed once it has been sent, and a canceled order is closed.
  const reason = order.canceled ? "it is canceled" : order.sent ? "it has already been sent" : null;
  if (reason)
    throw unprocessable(
      `The delivery address of order ${order.id} cannot be changed: ${reason}.`,
      "The delivery address can be changed while the order is neither canceled nor sent.",
    );
  Object.assign(order.delivery, patch);
  store.record(order, HISTORY_TEXT.deliveryChanged);
  return json(200, { id: order.id });
}
