// How the overview writes its numbers and days, in the browser's locale. A day is a calendar day ("2026-11-24")
// already in the user's zone: it is formatted as that date, never converted again.

const counts = new Intl.NumberFormat();
const percents = new Intl.NumberFormat(undefined, { style: "percent", maximumFractionDigits: 1 });
const shortDay = new Intl.DateTimeFormat(undefined, { month: "short", day: "numeric", timeZone: "UTC" });
const longDay = new Intl.DateTimeFormat(undefined, {
  weekday: "long",
  month: "long",
  day: "numeric",
  year: "numeric",
  timeZone: "UTC",
});

const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

export const formatCount = (n: number) => counts.format(n);

/** 0.125 → "12.5%". */
export const formatPercent = (share: number) => percents.format(share);

/** "2026-11-24" → "Nov 24". */
export const formatShortDay = (day: string) => shortDay.format(asDate(day));

/** "2026-11-24" → "Tuesday, November 24, 2026". */
export const formatLongDay = (day: string) => longDay.format(asDate(day));

const mediumDay = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeZone: "UTC" });

/** "Nov 28 – Dec 4, 2026", or one day "Dec 4, 2026". */
export const formatDayRange = (first: string, last: string) =>
  first === last ? mediumDay.format(asDate(first)) : mediumDay.formatRange(asDate(first), asDate(last));
