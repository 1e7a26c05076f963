// Date formatting for tables: short local text for the cell, the exact local time for the hover title.
// Each takes the interface's locale (useLocale()); without one, the browser's.
import { dateTimeFormat, relativeTimeFormat } from "./intl-cache";

const SHORT: Intl.DateTimeFormatOptions = { dateStyle: "medium", timeStyle: "short" };
const DATE_ONLY: Intl.DateTimeFormatOptions = { dateStyle: "medium" };
const EXACT: Intl.DateTimeFormatOptions = { dateStyle: "full", timeStyle: "long" };
const THIS_YEAR: Intl.DateTimeFormatOptions = { month: "short", day: "numeric", hour: "numeric", minute: "2-digit" };

/** "Nov 24, 11:40 AM" this year, "Nov 24, 2025, 11:40 AM" before. */
export function formatDateTime(iso: string, locale?: string): string {
  const date = new Date(iso);
  return dateTimeFormat(locale, date.getFullYear() === new Date().getFullYear() ? THIS_YEAR : SHORT).format(date);
}

export function formatDate(iso: string, locale?: string): string {
  return dateTimeFormat(locale, DATE_ONLY).format(new Date(iso));
}

export function formatExact(iso: string, locale?: string): string {
  return dateTimeFormat(locale, EXACT).format(new Date(iso));
}

const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["second", 60],
  ["minute", 60],
  ["hour", 24],
  ["day", 30],
  ["month", 12],
  ["year", Number.POSITIVE_INFINITY],
];

/** "3 minutes ago", "in 30 days" ("před 3 minutami", "3 dakika önce"). */
export function formatRelative(iso: string, now = Date.now(), locale?: string): string {
  const relative = relativeTimeFormat(locale, { numeric: "auto" });
  let value = (new Date(iso).getTime() - now) / 1000;
  for (const [unit, size] of STEPS) {
    if (Math.abs(value) < size) return relative.format(Math.round(value), unit);
    value /= size;
  }
  return formatDate(iso, locale);
}
