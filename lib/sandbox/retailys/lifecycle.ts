// Where a generated order is in its life: flags, status, payment, trackings and the history that led there.
import type { Random } from "../core/random";
import { AUTO_HISTORY_TYPE } from "./constants";
import { HISTORY_TEXT } from "./history-text";
import { findShipper, type PaymentKind } from "./reference";
import { statusName } from "./statuses";
import { type Order, orderTotalCents } from "./types";

export type Stage = "new" | "processing" | "sent" | "delivered" | "done" | "canceled" | "returned";

/** Weighted like a real shop: most orders done, a healthy share new/processing, some canceled/returned. */
// biome-ignore format: a table
export const STAGE_WEIGHTS: readonly (readonly [Stage, number])[] = [
  ["new", 10], ["processing", 10], ["sent", 9], ["delivered", 11], ["done", 48], ["canceled", 9], ["returned", 3],
];

/** How old (in days) an order in each stage can be. */
// biome-ignore format: a table
export const STAGE_AGE_DAYS: Record<Stage, readonly [number, number]> = {
  new: [0, 2], processing: [0.2, 5], sent: [1, 6], delivered: [3, 15], done: [8, 119.5], canceled: [0.5, 119.5],
  returned: [20, 119.5],
};

const HOUR = 3_600_000;

interface Event {
  at: number;
  type: string;
  name: string;
  statusId: number | null;
}

/** A parcel number in the shape its carrier prints. */
export function trackingNumber(rng: Random, shipperId: number): string {
  if (shipperId === 1) return `DR${rng.chars(9)}CZ`;
  if (shipperId === 3) return `0${rng.chars(13)}`;
  if (shipperId === 4) return `Z${rng.chars(10)}`;
  return `${shipperId === 2 ? "4" : "9"}${rng.chars(10)}`;
}

/** Sets flags, status, paid, trackings and history on a drafted order (ids are assigned later). */
export function applyLifecycle(
  rng: Random,
  order: Order,
  stage: Stage,
  pay: PaymentKind,
  shipperId: number | null,
  now: number,
): void {
  const total = orderTotalCents(order);
  const events: Event[] = [{ at: 0, type: AUTO_HISTORY_TYPE, name: HISTORY_TEXT.created, statusId: 1 }];
  const at = (from: number, to: number) => Math.round(from * HOUR + rng.next() * (to - from) * HOUR);
  const step = (time: number, name: string, statusId: number | null, type = AUTO_HISTORY_TYPE) =>
    events.push({ at: time, type, name, statusId });
  const beyondNew = stage !== "new";
  let paid = 0;
  const payAt = (time: number, cents: number) => {
    paid = cents;
    step(time, HISTORY_TEXT.payment(cents, order.currency), null, "payment");
  };

  if (beyondNew) step(at(0.1, 1), HISTORY_TEXT.accepted, 2);
  else if (pay === "transfer") step(at(0.01, 0.05), HISTORY_TEXT.status(statusName(3)), 3);
  else if (rng.chance(0.4)) step(at(0.1, 1), HISTORY_TEXT.accepted, 2);
  if (pay === "card" && (stage !== "canceled" || rng.chance(0.3))) payAt(at(0.01, 0.1), total);
  if (pay === "transfer" && beyondNew && stage !== "canceled") payAt(at(4, 48), total);
  if (pay === "transfer" && !beyondNew && rng.chance(0.15)) payAt(at(1, 10), Math.round(total / 2));

  const sent =
    stage === "sent" || stage === "delivered" || stage === "returned" || (stage === "done" && shipperId !== null);
  const ready = stage === "processing" && rng.chance(0.5);
  if (stage === "processing" || sent || stage === "done") step(at(2, 24), HISTORY_TEXT.processing, 4);
  if (ready) step(at(24, 30), HISTORY_TEXT.ready, 5);
  const tracked = shipperId !== null && (sent || (ready && rng.chance(0.5)));
  if (tracked) {
    const shipper = findShipper(shipperId);
    for (let i = rng.chance(0.06) ? 2 : 1; i > 0; i--) {
      const number = trackingNumber(rng, shipperId);
      order.trackings.push({
        shipperId,
        trackingNumber: number,
        trackingUrl: `${shipper?.trackingUrl ?? ""}${number}`,
      });
      step(at(30, 34), HISTORY_TEXT.tracking(number, shipper?.name ?? String(shipperId)), null, "tracking");
    }
  }
  if (sent) step(at(36, 72), HISTORY_TEXT.sent, 6);
  const delivered = stage === "delivered" || stage === "returned" || (stage === "done" && sent);
  if (delivered) {
    const when = at(80, 140);
    step(when, HISTORY_TEXT.delivered, 7);
    if (pay === "cod") payAt(when + HOUR / 2, total);
  }
  if (stage === "done") {
    const when = at(150, 200);
    if (pay === "cash") payAt(when - HOUR / 4, total);
    step(when, HISTORY_TEXT.done, 8);
  }
  if (stage === "canceled") step(at(1, 72), HISTORY_TEXT.canceled, 9);
  if (stage === "returned") step(at(200, 400), HISTORY_TEXT.returned, 10);

  events.sort((a, b) => a.at - b.at);
  // Squeeze the story into the order's age so nothing happens after "now".
  const last = events[events.length - 1]?.at ?? 0;
  const room = now - order.dateOrder - 60_000;
  const scale = last > room ? Math.max(0, room) / last : 1;
  let statusId = 1;
  for (const event of events) {
    if (event.statusId !== null) statusId = event.statusId;
    const date = order.dateOrder + Math.round((event.at * scale) / 1000) * 1000;
    order.history.push({ id: 0, type: event.type, date, name: event.name, status: statusName(statusId) });
    if (event.type === "payment") order.datePaid = date;
  }
  order.statusId = statusId;
  order.paidCents = paid;
  order.sent = sent;
  order.delivered = delivered;
  order.done = stage === "done";
  order.canceled = stage === "canceled" || stage === "returned";
  if (stage === "new" || stage === "processing")
    for (const item of order.items) if (rng.chance(0.12)) item.waitingCount = item.count;
}
