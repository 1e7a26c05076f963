// Wall-clock times: some platforms send a date-time without a UTC offset (ECOM.md `created_at`, Retailys
// `dateOrder`). Such a time is read in the connection's time zone (the `timeZone` option, else the platform's
// country), never in the zone of whichever server Orderdeck happens to run on.
import { TZDate } from "@date-fns/tz";
import { z } from "zod";
import { ISSUE } from "../domain/issues";
import type { Connection } from "./types";

export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export const timeZoneSchema = z.string().trim().refine(isTimeZone, { error: ISSUE.timeZoneInvalid });

/** The connection's `timeZone` option when it names a zone, else the platform's default. */
export function connectionTimeZone(conn: Pick<Connection, "options">, platformDefault: string): string {
  const chosen = conn.options.timeZone;
  return typeof chosen === "string" && isTimeZone(chosen) ? chosen : platformDefault;
}

const HAS_OFFSET = /\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;
const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?$/;

/**
 * A date-time text → epoch milliseconds, or null when it is no date. A text with an offset (or Z) is exact;
 * one without is a wall-clock time in `timeZone` (UTC unless the caller knows better).
 */
export function parseDateTime(text: string, timeZone = "UTC"): number | null {
  const value = text.trim();
  const wall = HAS_OFFSET.test(value) ? null : WALL_CLOCK.exec(value);
  if (wall) {
    const [, year, month, day, hour = "0", minute = "0", second = "0", fraction = "0"] = wall;
    const millis = Number(fraction.padEnd(3, "0").slice(0, 3));
    const date = new TZDate(+year!, +month! - 1, +day!, +hour, +minute, +second, millis, timeZone);
    return Number.isNaN(date.getTime()) ? null : date.getTime();
  }
  const time = Date.parse(value.replace(" ", "T"));
  return Number.isNaN(time) ? Date.parse(value) || null : time;
}
