// Tracking numbers and history records: allowed while the order is not canceled (platforms.md section 6).
import type { SandboxRequest, SandboxResponse } from "../core/types";
import { nestedObject, objectBody, optionalString, requiredInt, requiredString } from "./body";
import { json, unprocessable } from "./errors";
import { HISTORY_TEXT } from "./history-text";
import { findShipper, SHIPPERS } from "./reference";
import type { Store } from "./store";
import type { Order } from "./types";

const NOT_CANCELED_RULE = "Tracking numbers and history records can be added while the order is not canceled.";

function refuseCanceled(order: Order, what: string): void {
  if (order.canceled) throw unprocessable(`Order ${order.id} cannot get ${what}: it is canceled.`, NOT_CANCELED_RULE);
}

const TRACKING_HINT = 'Expected body: {"shipperId": integer, "trackingNumber": string}.';

/** POST /System/Orders/{id}/tracking → 201 {id} (the order's id [assumed]); the order's trackings[] gains the parcel. */
export function addTracking(store: Store, req: SandboxRequest, idText: string): SandboxResponse {
  const order = store.get(idText);
  const body = objectBody(req, TRACKING_HINT);
  const shipperId = requiredInt(body, "shipperId", TRACKING_HINT);
  const trackingNumber = requiredString(body, "trackingNumber", TRACKING_HINT).trim();
  refuseCanceled(order, "a tracking number");
  const shipper = findShipper(shipperId);
  // [assumed] The shipper must be one of the instance's carriers (it decides the trackingUrl).
  if (!shipper)
    throw unprocessable(
      `Shipper ${shipperId} does not exist.`,
      `Known shippers: ${SHIPPERS.map((s) => `${s.id} ${s.name}`).join(", ")}.`,
    );
  const trackingUrl = `${shipper.trackingUrl}${encodeURIComponent(trackingNumber)}`;
  order.trackings.push({ shipperId, trackingNumber, trackingUrl });
  store.record(order, HISTORY_TEXT.tracking(trackingNumber, shipper.name), "tracking");
  return json(201, { id: order.id });
}

const HISTORY_HINT = 'Expected body: {"type": string, "record": {"name": string, "status": string}}.';

/** POST /System/Orders/{id}/history → 201 {id} of the new record. */
export function addHistory(store: Store, req: SandboxRequest, idText: string): SandboxResponse {
  const order = store.get(idText);
  const body = objectBody(req, HISTORY_HINT);
  const type = requiredString(body, "type", HISTORY_HINT);
  const record = nestedObject(body, "record", HISTORY_HINT, true) ?? {};
  // Named with their path so a 400 says 'record.name', not 'name'.
  const fields = { "record.name": record.name, "record.status": record.status };
  const name = requiredString(fields, "record.name", HISTORY_HINT);
  // [assumed] record.status may be left out: the record then carries the order's current status name.
  const status = optionalString(fields, "record.status", HISTORY_HINT, true) ?? undefined;
  refuseCanceled(order, "a history record");
  return json(201, { id: store.record(order, name, type, status) });
}
