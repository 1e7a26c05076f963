// Splitting a period at whole UTC hours: the hours the roll-up answers for, and the slivers read from the orders.
import { describe, expect, it } from "vitest";
import { splitAtHours } from "./hour-split";

describe("splitAtHours", () => {
  it("reads whole hours from the roll-up and the unfinished hour up to now from the orders", () => {
    const split = splitAtHours({ from: "2026-11-17T22:00:00.000Z", to: "2026-11-24T10:17:05.123Z" }, [
      "2026-11-17T22:00:00.000Z",
      "2026-11-18T22:00:00.000Z",
    ]);
    expect(split).toEqual({
      hours: { from: "2026-11-17T22:00:00.000Z", to: "2026-11-24T10:00:00.000Z" },
      cutHours: [],
      slivers: [{ from: "2026-11-24T10:00:00.000Z", to: "2026-11-24T10:17:05.123Z" }],
    });
  });

  it("leaves to the orders the hours a midnight half an hour off UTC cuts in two (Asia/Kolkata)", () => {
    // Kolkata's days start at 18:30Z: the range starts mid-hour and each later midnight cuts its hour.
    const split = splitAtHours({ from: "2026-11-21T18:30:00.000Z", to: "2026-11-24T10:00:00.000Z" }, [
      "2026-11-21T18:30:00.000Z",
      "2026-11-22T18:30:00.000Z",
      "2026-11-23T18:30:00.000Z",
    ]);
    expect(split.hours).toEqual({ from: "2026-11-21T19:00:00.000Z", to: "2026-11-24T10:00:00.000Z" });
    expect(split.cutHours).toEqual(["2026-11-22T18:00:00.000Z", "2026-11-23T18:00:00.000Z"]);
    expect(split.slivers).toEqual([
      { from: "2026-11-21T18:30:00.000Z", to: "2026-11-21T19:00:00.000Z" },
      { from: "2026-11-22T18:00:00.000Z", to: "2026-11-22T19:00:00.000Z" },
      { from: "2026-11-23T18:00:00.000Z", to: "2026-11-23T19:00:00.000Z" },
    ]);
  });

  it("reads a period within one hour from the orders alone", () => {
    const period = { from: "2026-11-24T10:05:00.000Z", to: "2026-11-24T10:55:00.000Z" };
    expect(splitAtHours(period)).toEqual({ hours: null, cutHours: [], slivers: [period] });
    const empty = { from: "2026-11-24T10:00:00.000Z", to: "2026-11-24T10:00:00.000Z" };
    expect(splitAtHours(empty)).toEqual({ hours: null, cutHours: [], slivers: [empty] });
  });

  it("needs no sliver for a period of whole hours", () => {
    expect(splitAtHours({ from: "2026-11-20T00:00:00.000Z", to: "2026-11-21T00:00:00.000Z" })).toEqual({
      hours: { from: "2026-11-20T00:00:00.000Z", to: "2026-11-21T00:00:00.000Z" },
      cutHours: [],
      slivers: [],
    });
  });
});
