// The overview's range as instants: calendar days in the caller's zone (across clock changes), the previous
// period of the same length (cut at the same time of day when the range reaches today), and the query's checks.
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../domain/errors";
import { overviewQuery } from "../domain/overview-query";
import { addDays, overviewPeriods } from "./periods";

const periods = (input: Record<string, string>, now: string) =>
  overviewPeriods(overviewQuery.parse(input), new Date(now));

const span = (firstDay: string, lastDay: string, from: string, to: string) => ({ firstDay, lastDay, from, to });

describe("the overview's periods", () => {
  it("today in Bucharest: from local midnight to now, against yesterday up to the same hour", () => {
    const { current, previous, days } = periods({ range: "today", tz: "Europe/Bucharest" }, "2026-11-24T08:30:00Z");
    expect(current).toEqual(span("2026-11-24", "2026-11-24", "2026-11-23T22:00:00.000Z", "2026-11-24T08:30:00.000Z"));
    expect(previous).toEqual(span("2026-11-23", "2026-11-23", "2026-11-22T22:00:00.000Z", "2026-11-23T08:30:00.000Z"));
    expect(days).toEqual([{ day: "2026-11-24", from: "2026-11-23T22:00:00.000Z", to: "2026-11-24T21:59:59.999Z" }]);
  });

  it("the local day, not UTC's: just after midnight in Bucharest is still yesterday in UTC", () => {
    const { current } = periods({ range: "today", tz: "Europe/Bucharest" }, "2026-11-23T22:30:00Z");
    expect(current.firstDay).toBe("2026-11-24");
  });

  it("7 and 30 days end today and start 6 and 29 days before; the previous period is as long", () => {
    const week = periods({ range: "7d", tz: "UTC" }, "2026-03-10T12:00:00Z");
    expect([week.current.firstDay, week.current.lastDay]).toEqual(["2026-03-04", "2026-03-10"]);
    expect([week.previous.firstDay, week.previous.lastDay]).toEqual(["2026-02-25", "2026-03-03"]);
    expect(week.previous.to).toBe("2026-03-03T12:00:00.000Z");
    expect(week.days.map((d) => d.day)).toEqual(["04", "05", "06", "07", "08", "09", "10"].map((d) => `2026-03-${d}`));
    const month = periods({ range: "30d", tz: "UTC" }, "2026-03-10T12:00:00Z");
    expect([month.current.firstDay, month.previous.firstDay, month.days.length]).toEqual([
      "2026-02-09",
      "2026-01-10",
      30,
    ]);
  });

  it("a day with a clock change lasts 23 or 25 hours, and the same hour a week earlier is found across it", () => {
    // Europe/Prague moved to summer time on 29 March 2026 at 02:00.
    const { days, previous } = periods({ range: "7d", tz: "Europe/Prague" }, "2026-04-02T10:00:00Z");
    const change = days.find((d) => d.day === "2026-03-29")!;
    expect(Date.parse(change.to) + 1 - Date.parse(change.from)).toBe(23 * 3_600_000);
    // 12:00 in Prague on 2 April (summer) ↔ 12:00 on 26 March (winter): 7 days and one hour less apart.
    expect(previous.to).toBe("2026-03-26T11:00:00.000Z");
  });

  it("a custom range in the past ends at its last day's end, and the previous one where it starts", () => {
    const { current, previous, days } = periods(
      { range: "custom", from: "2026-10-01", to: "2026-10-31", tz: "UTC" },
      "2026-11-24T08:30:00Z",
    );
    expect(current).toEqual(span("2026-10-01", "2026-10-31", "2026-10-01T00:00:00.000Z", "2026-11-01T00:00:00.000Z"));
    expect(previous).toEqual(span("2026-08-31", "2026-09-30", "2026-08-31T00:00:00.000Z", "2026-10-01T00:00:00.000Z"));
    expect(days).toHaveLength(31);
  });

  it("a custom range ends today at the latest, and may not start after it nor span more than 366 days", () => {
    const late = periods({ range: "custom", from: "2026-11-20", to: "2026-12-31", tz: "UTC" }, "2026-11-24T08:30:00Z");
    expect([late.current.lastDay, late.current.to]).toEqual(["2026-11-24", "2026-11-24T08:30:00.000Z"]);
    const issue = (input: Record<string, string>) => {
      try {
        periods(input, "2026-11-24T08:30:00Z");
      } catch (error) {
        return error instanceof InvalidInputError ? error.issues[0]?.path : error;
      }
      return null;
    };
    expect(issue({ range: "custom", from: "2026-11-25", to: "2026-11-26", tz: "UTC" })).toBe("query.from");
    expect(issue({ range: "custom", from: "2025-01-01", to: "2026-11-24", tz: "UTC" })).toBe("query.to");
    expect(issue({ range: "custom", from: "2025-11-24", to: "2026-11-24", tz: "UTC" })).toBeNull();
  });

  it("the query names each bad field", () => {
    const paths = (input: Record<string, string>) => {
      const result = overviewQuery.safeParse(input);
      return result.success ? [] : result.error.issues.map((i) => i.path.join("."));
    };
    expect(paths({ range: "custom" })).toEqual(["from", "to"]);
    expect(paths({ range: "custom", from: "2026-11-24", to: "2026-11-01" })).toEqual(["to"]);
    expect(paths({ range: "custom", from: "2026-02-30", to: "2026-03-01" })).toEqual(["from"]);
    expect(paths({ range: "week" })).toEqual(["range"]);
    expect(paths({ tz: "Mars/Olympus" })).toEqual(["tz"]);
    expect(overviewQuery.parse({})).toEqual({ range: "7d", tz: "UTC" });
  });

  it("calendar arithmetic crosses months and leap days", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
  });
});
