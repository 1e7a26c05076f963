// The order's last-modified time, `modified_date` [assumed]: the seed's example lists none, but Akinon's models
// carry created_date/modified_date and a save stamps modified_date. Generated orders carry it from the start; the
// seed's two examples stay verbatim until something changes them (an API write or the shop controls).
import type { Order } from "./types";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A time as DRF renders a DateTimeField: UTC, "Z", six digits of microseconds (none when zero). */
export function drfStamp(ms: number): string {
  const iso = new Date(ms).toISOString();
  const millis = iso.slice(20, 23);
  return millis === "000" ? `${iso.slice(0, 19)}Z` : `${iso.slice(0, 19)}.${millis}000Z`;
}

/** A save of the order: modified_date moves to `ms` (the wall clock: a write happens now). */
export function touch(order: Order, ms: number = Date.now()): void {
  order.modified_date = drfStamp(ms);
}

// How long after the invoice a generated order last changed, by the state it was drawn in (shipped a day later,
// delivered in three, returns reviewed and refunded later still).
const AFTER_INVOICE: Record<string, number> = {
  "450": 0,
  "500": DAY,
  "510": DAY,
  "520": 2 * DAY,
  "540": 2 * DAY,
  "550": 3 * DAY,
  "544": 5 * DAY,
  "545": 6 * DAY,
  "546": 7 * DAY,
  "547": 8 * DAY,
  "600": 10 * DAY,
};

/** When a generated order last changed: placed, cancelled a little later, or some time after its invoice; never after `now`. */
export function lastChangeMs(status: string, placed: number, invoiced: number, now: number): number {
  const after = AFTER_INVOICE[status];
  const cancelled = status === "50" || status === "100";
  const ms = after !== undefined ? invoiced + after : cancelled ? placed + 2 * HOUR : placed;
  return Math.min(ms, Math.max(placed, now - 60_000));
}
