// How the overview writes its numbers and days, in the interface's locale (useLocale(); without one, the
// browser's). A day is a calendar day ("2026-11-24") already in the user's zone: it is formatted as that date,
// never converted again.
import { dateTimeFormat, numberFormat } from "@/lib/client/intl-cache";

const PERCENT: Intl.NumberFormatOptions = { style: "percent", maximumFractionDigits: 1 };
const SHORT_DAY: Intl.DateTimeFormatOptions = { month: "short", day: "numeric", timeZone: "UTC" };
const LONG_DAY: Intl.DateTimeFormatOptions = {
  weekday: "long",
  month: "long",
  day: "numeric",
  year: "numeric",
  timeZone: "UTC",
};
const MEDIUM_DAY: Intl.DateTimeFormatOptions = { dateStyle: "medium", timeZone: "UTC" };

const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

export const formatCount = (n: number, locale?: string) => numberFormat(locale).format(n);

/** 0.125 → "12.5%" ("12,5 %" in cs). */
export const formatPercent = (share: number, locale?: string) => numberFormat(locale, PERCENT).format(share);

/** "2026-11-24" → "Nov 24". */
export const formatShortDay = (day: string, locale?: string) => dateTimeFormat(locale, SHORT_DAY).format(asDate(day));

/** "2026-11-24" → "Tuesday, November 24, 2026". */
export const formatLongDay = (day: string, locale?: string) => dateTimeFormat(locale, LONG_DAY).format(asDate(day));

/** "Nov 28 – Dec 4, 2026", or one day "Dec 4, 2026". */
export const formatDayRange = (first: string, last: string, locale?: string) => {
  const format = dateTimeFormat(locale, MEDIUM_DAY);
  return first === last ? format.format(asDate(first)) : format.formatRange(asDate(first), asDate(last));
};
