// The overview's range as instants: whole calendar days in the caller's time zone, and the period of the same
// number of days just before it. A range that reaches today ends now, and the previous period is cut at the same
// time of day, so "today so far" is compared with "yesterday up to this hour", not with all of yesterday.
import { TZDate } from "@date-fns/tz";
import { InvalidInputError } from "../domain/errors";
import { fieldIssue } from "../domain/issues";
import { MAX_OVERVIEW_DAYS, type OverviewDay, type OverviewPeriod } from "../domain/overview";
import type { OverviewQuery } from "../domain/overview-query";

const DAY_MS = 86_400_000;
const RANGE_DAYS = { today: 1, "7d": 7, "30d": 30 } as const;

const pad = (n: number) => String(n).padStart(2, "0");

/** A calendar day moved by `days` (pure calendar arithmetic: no zone, no daylight saving). */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const daysFrom = (first: string, last: string) => (Date.parse(last) - Date.parse(first)) / DAY_MS + 1;

/** The day's first instant in the zone (its local midnight). */
function startOf(day: string, timeZone: string): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, timeZone).getTime());
}

function todayIn(timeZone: string, now: Date): string {
  const local = new TZDate(now.getTime(), timeZone);
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}

/** The same local time of day, `days` calendar days earlier (23 or 25 hours apart across a clock change). */
function daysBefore(instant: Date, days: number, timeZone: string): Date {
  const local = new TZDate(instant.getTime(), timeZone);
  local.setDate(local.getDate() - days);
  return new Date(local.getTime());
}

export interface OverviewPeriods {
  current: OverviewPeriod;
  previous: OverviewPeriod;
  days: OverviewDay[];
}

/** The first and last day the query asks for; a custom range ends today at the latest. */
function chosenDays(query: OverviewQuery, today: string): { first: string; last: string } {
  if (query.range !== "custom") return { first: addDays(today, 1 - RANGE_DAYS[query.range]), last: today };
  const first = query.from ?? today;
  const last = query.to && query.to < today ? query.to : today;
  if (first > today) throw InvalidInputError.of([fieldIssue("query.from", "rangeInFuture")]);
  if (daysFrom(first, last) > MAX_OVERVIEW_DAYS)
    throw InvalidInputError.of([fieldIssue("query.to", "rangeTooLong", { max: MAX_OVERVIEW_DAYS })]);
  return { first, last };
}

export function overviewPeriods(query: OverviewQuery, now = new Date()): OverviewPeriods {
  const zone = query.tz;
  const { first, last } = chosenDays(query, todayIn(zone, now));
  const length = daysFrom(first, last);
  const end = startOf(addDays(last, 1), zone);
  const reachesNow = end > now;
  const period = (firstDay: string, lastDay: string, to: Date): OverviewPeriod => ({
    firstDay,
    lastDay,
    from: startOf(firstDay, zone).toISOString(),
    to: to.toISOString(),
  });
  const before = (day: string) => addDays(day, -length);
  const days = Array.from({ length }, (_, i) => {
    const day = addDays(first, i);
    const next = startOf(addDays(day, 1), zone);
    return { day, from: startOf(day, zone).toISOString(), to: new Date(next.getTime() - 1).toISOString() };
  });
  return {
    current: period(first, last, reachesNow ? now : end),
    previous: period(before(first), before(last), reachesNow ? daysBefore(now, length, zone) : startOf(first, zone)),
    days,
  };
}
