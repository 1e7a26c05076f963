// Retailys writes dates in Prague local time with the offset (+01:00 in winter, +02:00 in summer).

const MINUTE = 60_000;

/** EU summer time: from the last Sunday of March to the last Sunday of October, 01:00 UTC both. */
function lastSundayAtOneUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

export function pragueOffsetMinutes(ms: number): number {
  const year = new Date(ms).getUTCFullYear();
  return ms >= lastSundayAtOneUtc(year, 2) && ms < lastSundayAtOneUtc(year, 9) ? 120 : 60;
}

// Lists render the same few thousand dates on every request: keep their text (one entry per distinct second).
const formatted = new Map<number, string>();

export function formatPrague(ms: number): string {
  let text = formatted.get(ms);
  if (text === undefined) {
    const offset = pragueOffsetMinutes(ms);
    const local = new Date(Math.floor(ms / 1000) * 1000 + offset * MINUTE).toISOString().slice(0, 19);
    text = `${local}+0${offset / 60}:00`;
    formatted.set(ms, text);
  }
  return text;
}

const ISO_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|([+-])(\d{2}):?(\d{2}))$/;

/** Parses ISO-8601 with an offset (or Z); null when malformed or not a real calendar time. */
export function parseIsoWithOffset(text: string): number | null {
  // An unencoded "+" in a query string arrives as a space: read "08:15:30 01:00" as "08:15:30+01:00".
  const value = text.trim().replace(/ (\d{2}:?\d{2})$/, "+$1");
  const match = ISO_WITH_OFFSET.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as number[];
  const utc = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
  const check = new Date(utc);
  if (check.getUTCMonth() !== month! - 1 || check.getUTCDate() !== day! || hour! > 23 || minute! > 59 || second! > 59)
    return null;
  if (match[7] === "Z") return utc;
  const offset = (Number(match[9]) * 60 + Number(match[10])) * (match[8] === "-" ? -1 : 1);
  return utc - offset * MINUTE;
}
