// Item 12 of issue #10: Retailys times without a UTC offset (dateOrder, datePaid, dateMaturity, history dates)
// are read in the connection's time zone (default Europe/Prague), never the server's; times with an offset are
// exact; the from/to filters always go out with an explicit offset.
import { describe, expect, it } from "vitest";
import { adapterHarness } from "../../testing/adapter-harness";
import { listPlan } from "./filters";
import { expandedPayload, map, newPayload } from "./fixtures/orders";
import { retailysAdapter as adapter } from "./index";
import { mapContextFor } from "./orders";

const { allOrders, connectionTo, contextFor, loggedRequests, query, sandboxesPerFile } = adapterHarness(adapter);

const at = (dateOrder: string, timeZone?: string) =>
  map({ ...newPayload, dateOrder }, undefined, timeZone ? { timeZone } : {}).placedAt;

describe("an offset-less dateOrder", () => {
  it("is a Prague time by default (winter +01:00, summer +02:00)", () => {
    expect(at("2024-01-15T10:00:00")).toBe("2024-01-15T09:00:00.000Z");
    expect(at("2024-07-15 10:00:00")).toBe("2024-07-15T08:00:00.000Z");
  });

  it("is a time in the connection's zone when it names one", () => {
    expect(at("2024-01-15T10:00:00", "UTC")).toBe("2024-01-15T10:00:00.000Z");
    expect(at("2024-01-15T10:00:00", "America/New_York")).toBe("2024-01-15T15:00:00.000Z");
    const conn = { id: "c", options: { timeZone: "Europe/Bucharest" } };
    expect(mapContextFor(conn as never, []).timeZone).toBe("Europe/Bucharest");
    expect(mapContextFor({ id: "c", options: {} } as never, []).timeZone).toBe("Europe/Prague");
  });

  it("is exact when it has an offset, whatever the zone", () => {
    expect(at("2024-01-15T10:00:00+05:00")).toBe("2024-01-15T05:00:00.000Z");
    expect(at("2024-01-15T10:00:00Z", "America/New_York")).toBe("2024-01-15T10:00:00.000Z");
  });

  it("reads datePaid, dateMaturity and the history's dates in the same zone", () => {
    // The expanded fixture's Prague times with their offsets cut off read back as the same instants.
    const strip = (text: string) => text.slice(0, 19);
    const withOffsets = map(expandedPayload);
    const order = map({
      ...expandedPayload,
      datePaid: strip(expandedPayload.datePaid),
      dateMaturity: strip(expandedPayload.dateMaturity),
      history: expandedPayload.history.map((entry) => ({ ...entry, date: strip(entry.date) })),
    });
    expect(order.extras.facts).toContainEqual({ label: "Paid on", value: "2026-07-11T07:00:00.000Z" });
    expect(order.extras.facts).toContainEqual({ label: "Due date", value: "2026-07-24T14:45:12.000Z" });
    expect(order.extras).toEqual(withOffsets.extras);
    expect(order.updatedAt).toBe(withOffsets.updatedAt);
  });
});

describe("the from/to filters", () => {
  it("go out with an explicit offset; a bound without one is read in the connection's zone", () => {
    const plan = listPlan(
      query({ from: "2024-01-15T10:00:00", to: "2024-07-15T10:00:00" }),
      { page: 1, perPage: 10 },
      "Europe/Prague",
    );
    expect(plan.query.from).toBe("2024-01-15T09:00:00+00:00");
    expect(plan.query.to).toBe("2024-07-15T08:00:00+00:00");
  });
});

describe('over HTTP: an instance that writes wall-clock times ("wall-clock")', () => {
  const { plain, wall } = sandboxesPerFile({
    plain: { count: 30 },
    wall: { count: 30, variant: { dates: "wall-clock" } },
  });

  it("lists the same instants as an instance that writes offsets, and filters by them", async () => {
    const a = connectionTo(plain());
    const b = connectionTo(wall());
    const withOffsets = await allOrders(a, contextFor(a));
    const wallClock = await allOrders(b, contextFor(b));
    expect(wallClock.map((o) => [o.id, o.placedAt])).toEqual(withOffsets.map((o) => [o.id, o.placedAt]));
    const from = withOffsets[9]!.placedAt;
    const since = await allOrders(b, contextFor(b), { from });
    expect(since.map((o) => o.id)).toEqual(withOffsets.slice(0, 10).map((o) => o.id));
    const sent = (await loggedRequests(wall())).find((r) => r.query.includes("from="));
    expect(decodeURIComponent(sent?.query ?? "")).toMatch(/from=\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00/);
  });

  it("reads them in the connection's zone when it names another", async () => {
    const prague = connectionTo(wall());
    const utc = connectionTo(wall(), { options: { timeZone: "UTC" } });
    const inPrague = await adapter.getOrder(prague, "100001", contextFor(prague));
    const inUtc = await adapter.getOrder(utc, "100001", contextFor(utc));
    const hours = (Date.parse(inUtc.placedAt) - Date.parse(inPrague.placedAt)) / 3_600_000;
    expect([1, 2]).toContain(hours);
  });
});
