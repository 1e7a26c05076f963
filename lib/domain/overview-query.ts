// GET /api/overview's query, parsed by the route: a range of whole days in an IANA time zone (a custom one names
// its first and last day). Apart from overview.ts so that the browser's imports of it do not bring zod.
import { z } from "zod";
import { ISSUE } from "./issues";
import { OVERVIEW_RANGES } from "./overview";

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isCalendarDay = (day: string) => DAY.test(day) && new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) === day;
const day = z.string().trim().refine(isCalendarDay, { error: ISSUE.dayInvalid });

/** An IANA zone the runtime knows (Intl throws a RangeError for any other name). */
export function isIanaTimeZone(name: string): boolean {
  try {
    return Boolean(new Intl.DateTimeFormat("en", { timeZone: name }));
  } catch {
    return false;
  }
}

export const overviewQuery = z
  .object({
    range: z.enum(OVERVIEW_RANGES).default("7d"),
    /** Custom ranges only: the first and last day, both included. */
    from: day.optional(),
    to: day.optional(),
    tz: z.string().trim().default("UTC").refine(isIanaTimeZone, { error: ISSUE.timeZoneInvalid }),
  })
  .superRefine((query, ctx) => {
    if (query.range !== "custom") return;
    if (!query.from) ctx.addIssue({ code: "custom", path: ["from"], message: ISSUE.rangeFirstDayRequired });
    if (!query.to) ctx.addIssue({ code: "custom", path: ["to"], message: ISSUE.rangeLastDayRequired });
    if (query.from && query.to && query.from > query.to)
      ctx.addIssue({ code: "custom", path: ["to"], message: ISSUE.rangeReversed });
  });
export type OverviewQuery = z.infer<typeof overviewQuery>;
