// Orderdeck's query → MerchantPro list parameters: only parameters the platform lists, only narrowing.
import { describe, expect, it } from "vitest";
import type { AdapterQuery } from "../types";
import { DEFAULT_TIME_ZONE as TZ } from "./assumed";
import { decodeCursor, FILTERS, listParams, nextStart, SORTS, shiftedDate, wantedStatus } from "./filters";
import { timeZoneOf } from "./orders";

const q = (extra: Partial<AdapterQuery> = {}): AdapterQuery => ({ sort: "placed_desc", limit: 50, ...extra });
// The list parameters MerchantPro documents, as this adapter reads the docs (the sandbox's filters test keeps its
// own, independent reading of the same list).
const LISTED = new Set([
  "start",
  "limit",
  "include",
  "sort",
  "id",
  "ids",
  "payment_status",
  "payment_substatus_id",
  "payment_method_code",
  "payment_transaction_id",
  "shipping_status",
  "shipping_substatus_id",
  "shipping_method_id",
  "shipping_awb",
  "customer_id",
  "customer_email",
  "created_after",
  "created_before",
  "tag_name",
  "tag_ids",
  "fields",
]);

describe("listParams", () => {
  it("pages with start/limit (≤ 100), side-loads lines and sorts by date_created", () => {
    expect(listParams(q(), 0, TZ).query).toEqual({
      start: 0,
      limit: 50,
      include: "line_items",
      sort: "date_created.desc",
    });
    expect(listParams(q({ sort: "placed_asc", limit: 500 }), 200, TZ).query).toMatchObject({
      start: 200,
      limit: 100,
      sort: "date_created",
    });
    expect(listParams(q({ sort: "total_desc" }), 0, TZ).query.sort).toBe("date_created.desc");
  });

  it("sends the shop's DATES (Romania by default) widened by a day, so nothing is dropped", () => {
    // 22:30Z is already the next day in Bucharest (UTC+2): the UTC date would be a day early.
    const window = q({ from: "2026-02-09T22:30:00Z", to: "2026-02-20T22:30:00Z" });
    const { query } = listParams(window, 0, TZ);
    expect(query.created_after).toBe("2026-02-09");
    expect(query.created_before).toBe("2026-02-22");
  });

  it("computes the dates in the connection's time zone when it names one", () => {
    const window = q({ from: "2026-02-09T22:30:00Z", to: "2026-02-20T22:30:00Z" });
    const { query } = listParams(window, 0, timeZoneOf({ options: { timeZone: "America/Los_Angeles" } }));
    expect(query.created_after).toBe("2026-02-08");
    expect(query.created_before).toBe("2026-02-21");
    expect(timeZoneOf({ options: {} })).toBe("Europe/Bucharest");
    // Across a month's end and summer time: 2026-03-31T21:30Z is 1 April 00:30 in Bucharest (UTC+3).
    expect(shiftedDate("2026-03-31T21:30:00Z", 1, TZ)).toBe("2026-04-02");
  });

  it("sends a single shipping status only when the wanted set is exactly one status", () => {
    expect(listParams(q({ statuses: ["shipped"] }), 0, TZ).query.shipping_status).toBe("shipped");
    expect(listParams(q({ stages: ["cancelled"] }), 0, TZ).query.shipping_status).toBe("cancelled");
    expect(listParams(q({ stages: ["pending"] }), 0, TZ).query.shipping_status).toBeUndefined();
    expect(listParams(q({ stages: ["shipped", "delivered"] }), 0, TZ).query.shipping_status).toBeUndefined();
    expect(listParams(q({ statuses: ["shipped", "delivered"] }), 0, TZ).query.shipping_status).toBeUndefined();
    expect(listParams(q({ statuses: ["awaiting", "shipped"], stages: ["shipped"] }), 0, TZ).query.shipping_status).toBe(
      "shipped",
    );
  });

  it("skips the call when nothing can match", () => {
    expect(listParams(q({ stages: ["completed"] }), 0, TZ).empty).toBe(true);
    expect(listParams(q({ statuses: ["awaiting"], stages: ["delivered"] }), 0, TZ).empty).toBe(true);
    // An unknown status lands in the fallback stage: it may match, so the call is made.
    expect(wantedStatus(["at_locker"], ["processing"])).toBe("at_locker");
    expect(wantedStatus(undefined, ["processing"])).toBeNull();
  });

  it("never sends a parameter MerchantPro does not list (400 undefined_filter)", () => {
    const all = q({
      statuses: ["shipped"],
      from: "2026-01-01T00:00:00Z",
      to: "2026-02-01T00:00:00Z",
      q: "john",
      minTotal: "10",
      maxTotal: "99",
      currency: "RON",
    });
    for (const key of Object.keys(listParams(all, 0, TZ).query)) expect(LISTED.has(key)).toBe(true);
  });

  it("declares no filter native and the two date sorts", () => {
    expect([...FILTERS]).toEqual([]);
    expect([...SORTS].sort()).toEqual(["placed_asc", "placed_desc"]);
  });
});

describe("cursor", () => {
  it("is the start offset; next comes from the relative link", () => {
    expect(decodeCursor(null)).toBe(0);
    expect(decodeCursor("300")).toBe(300);
    expect(decodeCursor("garbage")).toBe(0);
    expect(nextStart("/api/v2/orders?start=100&limit=100&include=line_items", 0, 100)).toBe(100);
    expect(nextStart("/api/v2/orders?limit=50", 50, 50)).toBe(100);
    expect(nextStart(null, 0, 100)).toBeNull();
    expect(nextStart("/api/v2/orders?start=100", 0, 0)).toBeNull();
  });
});
