// MerchantPro writes dates as ISO 8601 in the shop's local time (Romania: +02:00, +03:00 in summer),
// e.g. "2020-03-25T07:42:28+02:00".

/** The last Sunday of a month at 01:00 UTC, when EU summer time starts (March) or ends (October). */
function lastSundayOneUtc(year: number, monthIndex: number): number {
  const lastDay = new Date(Date.UTC(year, monthIndex + 1, 0));
  const day = lastDay.getUTCDate() - lastDay.getUTCDay();
  return Date.UTC(year, monthIndex, day, 1);
}

export function romaniaOffsetHours(ms: number): number {
  const year = new Date(ms).getUTCFullYear();
  return ms >= lastSundayOneUtc(year, 2) && ms < lastSundayOneUtc(year, 9) ? 3 : 2;
}

export function formatRo(ms: number): string {
  const offset = romaniaOffsetHours(ms);
  const local = new Date(Math.floor(ms / 1000) * 1000 + offset * 3_600_000).toISOString().slice(0, 19);
  return `${local}+0${offset}:00`;
}

/** Milliseconds of an ISO date-time string, or NaN. */
export function parseIso(value: unknown): number {
  return typeof value === "string" ? Date.parse(value) : Number.NaN;
}
