// Dates as Django renders them for a Europe/Chisinau project: ISO 8601 with the local offset
// (+02:00 in winter, +03:00 in summer). Computed by rule, not Intl, so generation stays fast.

/** 00:00 UTC on the last Sunday of a month (Moldova switches clocks at that instant). */
function lastSundayUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay());
}

export function chisinauOffsetMinutes(ms: number): number {
  const year = new Date(ms).getUTCFullYear();
  const summer = ms >= lastSundayUtc(year, 2) && ms < lastSundayUtc(year, 9);
  return summer ? 180 : 120;
}

/** e.g. "2025-03-11T18:25:42+02:00" (whole seconds, as the generated data has no microseconds). */
export function formatChisinau(ms: number): string {
  const offset = chisinauOffsetMinutes(ms);
  const local = new Date(Math.floor(ms / 1000) * 1000 + offset * 60_000).toISOString().slice(0, 19);
  const hours = String(Math.floor(offset / 60)).padStart(2, "0");
  const minutes = String(offset % 60).padStart(2, "0");
  return `${local}+${hours}:${minutes}`;
}
