// AdapterQuery → Retailys list parameters, and our page cursor.
import { describe, expect, it } from "vitest";
import type { AdapterQuery } from "../types";
import { decodeCursor, encodeCursor, FILTERS, listPlan, offsetIso, SORTS } from "./filters";

const q = (extra: Partial<AdapterQuery> = {}): AdapterQuery => ({ sort: "placed_desc", limit: 50, ...extra });

describe("filters", () => {
  it("declares status and placedAt natively, newest first only", () => {
    expect([...FILTERS]).toEqual(["status", "placedAt"]);
    expect([...SORTS]).toEqual(["placed_desc"]);
  });

  it("keeps per_page within 10..250 and in the cursor", () => {
    expect(decodeCursor(null, 5)).toEqual({ page: 1, perPage: 10 });
    expect(decodeCursor(null, 50)).toEqual({ page: 1, perPage: 50 });
    expect(decodeCursor(null, 1000)).toEqual({ page: 1, perPage: 250 });
    expect(decodeCursor(encodeCursor({ page: 3, perPage: 40 }), 100)).toEqual({ page: 3, perPage: 40 });
    expect(decodeCursor("garbage", 20)).toEqual({ page: 1, perPage: 20 });
  });

  it("sends one status as status_id and matches several here", () => {
    expect(listPlan(q({ statuses: ["6"] }), { page: 2, perPage: 20 }).query).toEqual({
      page: 2,
      per_page: 20,
      status_id: "6",
    });
    const several = listPlan(q({ statuses: ["6", "7"] }), { page: 1, perPage: 20 });
    expect(several.query.status_id).toBeUndefined();
    expect([...(several.statusesHere ?? [])]).toEqual(["6", "7"]);
    expect(listPlan(q({ statuses: ["sent"] }), { page: 1, perPage: 20 }).empty).toBe(true);
  });

  it("writes from/to with an explicit +00:00 offset, rounded inwards to whole seconds", () => {
    const plan = listPlan(q({ from: "2026-07-01T00:00:00.250+02:00", to: "2026-07-31T23:59:59.900Z" }), {
      page: 1,
      perPage: 50,
    });
    expect(plan.query.from).toBe("2026-06-30T22:00:01+00:00");
    expect(plan.query.to).toBe("2026-07-31T23:59:59+00:00");
    expect(offsetIso("2026-01-01T00:00:00Z", "up")).toBe("2026-01-01T00:00:00+00:00");
    expect(offsetIso("not a date", "up")).toBeNull();
  });

  it("narrows open stages with done/canceled=false and returns with canceled=true, nothing else", () => {
    const plan = (stages: AdapterQuery["stages"]) => listPlan(q({ stages }), { page: 1, perPage: 10 }).query;
    expect(plan(["pending", "shipped"])).toMatchObject({ done: "false", canceled: "false" });
    expect(plan(["returned"])).toMatchObject({ canceled: "true" });
    expect(plan(["cancelled"])).toEqual({ page: 1, per_page: 10 });
    expect(plan(["completed", "pending"])).toEqual({ page: 1, per_page: 10 });
  });
});
