// The overview (`/`): what GET /api/overview takes and answers, declared once for the route and the browser.
// Days are calendar days in the caller's time zone; money is a decimal string per currency (never summed across
// currencies); every figure of the range comes with the same figure for the period just before it. Without zod
// (the browser imports this file; the query's schema is overview-query.ts).
import type { Stage } from "./order";
import type { PlatformId } from "./platform";

export const OVERVIEW_RANGES = ["today", "7d", "30d", "custom"] as const;
export type OverviewRange = (typeof OVERVIEW_RANGES)[number];

/** The longest custom range, in days (a bar per day must stay readable). */
export const MAX_OVERVIEW_DAYS = 366;

/** How long an order may stay pending or processing before it needs attention, unless its connection says. */
export const DEFAULT_ATTENTION_HOURS = 24;

/** A stretch of whole days: its first and last day (YYYY-MM-DD) and the instants it covers, [from, to). */
export interface OverviewPeriod {
  firstDay: string;
  lastDay: string;
  from: string;
  /** Exclusive; "now" when the period reaches today (the previous period is cut at the same time of day). */
  to: string;
}

/** One calendar day of the range with the instants it starts and ends (for links into the order list). */
export interface OverviewDay {
  day: string;
  from: string;
  /** The day's last millisecond (the list's `to` is inclusive). */
  to: string;
}

export interface CurrencyFigures {
  currency: string;
  /** Orders in this currency, all stages. */
  orders: number;
  /** The totals of the orders neither cancelled nor returned, exact. */
  revenue: string;
  /** revenue ÷ those orders, rounded to the currency's own decimals as the orders give them; null without any. */
  averageOrderValue: string | null;
}

export interface HeadlineFigures {
  orders: number;
  cancelled: number;
  returned: number;
  /** Per currency, most orders first. */
  currencies: CurrencyFigures[];
}

export interface OverviewConnection {
  id: string;
  name: string;
  platform: PlatformId | string;
}

export interface WaitingOrder {
  connectionId: string;
  connectionName: string;
  orderId: string;
  number: string;
  stage: Stage;
  placedAt: string;
}

export interface FailedAction {
  connectionId: string;
  connectionName: string;
  orderId: string;
  number: string;
  /** The action's type, e.g. "set-status". */
  action: string | null;
  message: string | null;
  at: string;
  /** A bulk job's item, or a single action. */
  source: "bulk" | "action";
}

export interface FailingConnection {
  connectionId: string;
  connectionName: string;
  platform: PlatformId | string;
  /** The sync's last attempt failed, and/or the last "Test connection" did. */
  sync: { message: string; at: string | null } | null;
  health: { message: string; at: string | null } | null;
}

export interface NeedsAttention {
  /** Pending or processing longer than their connection's threshold (per connection: how many, and the cut-off). */
  waiting: {
    total: number;
    perConnection: {
      connectionId: string;
      connectionName: string;
      hours: number;
      placedBefore: string;
      orders: number;
    }[];
    /** The longest-waiting ones. */
    oldest: WaitingOrder[];
  };
  /** Orders whose last action (alone or in a bulk job) failed in the last days, newest first. */
  failedActions: { total: number; sinceDays: number; latest: FailedAction[] };
  connections: FailingConnection[];
}

export interface Overview {
  timeZone: string;
  range: OverviewRange;
  current: OverviewPeriod;
  previous: OverviewPeriod;
  figures: { current: HeadlineFigures; previous: HeadlineFigures };
  /** Every connection, named (the charts' series and the empty state). */
  connections: OverviewConnection[];
  days: OverviewDay[];
  /** Per day of the range (same order as `days`): orders per connection id (absent = none). */
  ordersPerDay: { day: string; connections: Record<string, number> }[];
  /** Per day of the range: revenue per currency (orders neither cancelled nor returned). */
  revenuePerDay: { day: string; currencies: Record<string, string> }[];
  /** Orders of the range per stage, every stage in the workflow's order. */
  stages: { stage: Stage; orders: number }[];
  attention: NeedsAttention;
}

/** The cookie that remembers the browser's IANA time zone, so the server can render the first figures itself. */
export const TIME_ZONE_COOKIE = "orderdeck-tz";

/** What the overview's figures are for: a range, its days when custom, and the zone its days are counted in. */
export interface OverviewRequest {
  range: OverviewRange;
  from?: string | null;
  to?: string | null;
  /** The browser's IANA zone; null until known. */
  tz: string | null;
}

/** GET /api/overview's query string for a request (custom days only for a custom range): also the figures' cache
 *  key, so the server's first figures and the browser's own query meet under the same one. */
export function overviewSearch({ range, from, to, tz }: OverviewRequest): string {
  const custom = range === "custom";
  const search = new URLSearchParams({ range });
  if (custom && from) search.set("from", from);
  if (custom && to) search.set("to", to);
  if (tz) search.set("tz", tz);
  return search.toString();
}
