// What each order-list parameter accepts, as plain values and functions. The API's schema (query.ts) is built
// from these, and so is the list page's URL state in the browser, which thus needs no schema library (zod is
// about an eighth of a page's JavaScript).
import { compareDecimal } from "./decimal";

export const ORDER_SORTS = [
  "placed_desc",
  "placed_asc",
  "total_desc",
  "total_asc",
  "customer_asc",
  "customer_desc",
  "status_asc",
  "status_desc",
  "connection_asc",
  "connection_desc",
] as const;
export type OrderListSort = (typeof ORDER_SORTS)[number];
export const DEFAULT_SORT: OrderListSort = "placed_desc";

/** Whether an order was handed to the shop's ERP (Akinon Omnitron's `is_send`; other platforms have no ERP flag). */
export const ERP_STATES = ["sent", "unsent"] as const;
export type ErpState = (typeof ERP_STATES)[number];

export const PAGE_LIMIT = { min: 1, max: 100, default: 50 } as const;
export const MAX_LENGTH = { q: 200, status: 64, cursor: 4000 } as const;

/** A plain amount: up to 12 whole digits and 4 decimals, no sign, no thousands separator. */
export const AMOUNT = /^\d{1,12}(\.\d{1,4})?$/;
export const CURRENCY = /^[A-Za-z]{3}$/;
/** A connection id: a UUID as RFC 9562 writes it (the nil and max UUIDs too). */
export const CONNECTION_ID =
  /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
// RFC 3339: seconds are required wherever an offset is given; fractions of a second are optional.
const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** A day that exists (no 2026-02-30; 29 February in leap years only). */
function isCalendarDay(day: string): boolean {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

/** An ISO date-time with an offset as given, or a plain date as its UTC midnight; null for anything else. */
export function toInstant(value: string): string | null {
  if (DAY.test(value)) return isCalendarDay(value) ? `${value}T00:00:00Z` : null;
  const day = DATE_TIME.exec(value)?.[1];
  return day && isCalendarDay(day) ? value : null;
}

/** The placed-at range is not backwards (either end may be open). */
export const rangeInOrder = (from: string | undefined, to: string | undefined): boolean =>
  !from || !to || Date.parse(from) <= Date.parse(to);

/** The total range is not backwards (either end may be open). */
export const totalsInOrder = (min: string | undefined, max: string | undefined): boolean =>
  !min || !max || compareDecimal(min, max) <= 0;
