// Orderdeck's query → MerchantPro list parameters: only parameters the platform lists, only narrowing.
import { describe, expect, it } from "vitest";
import type { AdapterQuery } from "../types";
import { decodeCursor, FILTERS, listParams, nextStart, SORTS, wantedStatus } from "./filters";

const q = (extra: Partial<AdapterQuery> = {}): AdapterQuery => ({ sort: "placed_desc", limit: 50, ...extra });
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
    expect(listParams(q(), 0).query).toEqual({ start: 0, limit: 50, include: "line_items", sort: "date_created.desc" });
    expect(listParams(q({ sort: "placed_asc", limit: 500 }), 200).query).toMatchObject({
      start: 200,
      limit: 100,
      sort: "date_created",
    });
    expect(listParams(q({ sort: "total_desc" }), 0).query.sort).toBe("date_created.desc");
  });

  it("widens the instants to dates with the slack, so nothing is dropped", () => {
    const { query } = listParams(q({ from: "2026-02-10T00:30:00+02:00", to: "2026-02-20T23:59:59Z" }), 0);
    expect(query.created_after).toBe("2026-02-07");
    expect(query.created_before).toBe("2026-02-22");
  });

  it("sends a single shipping status only when the wanted set is exactly one status", () => {
    expect(listParams(q({ statuses: ["shipped"] }), 0).query.shipping_status).toBe("shipped");
    expect(listParams(q({ stages: ["cancelled"] }), 0).query.shipping_status).toBe("cancelled");
    expect(listParams(q({ stages: ["pending"] }), 0).query.shipping_status).toBeUndefined();
    expect(listParams(q({ stages: ["shipped", "delivered"] }), 0).query.shipping_status).toBeUndefined();
    expect(listParams(q({ statuses: ["shipped", "delivered"] }), 0).query.shipping_status).toBeUndefined();
    expect(listParams(q({ statuses: ["awaiting", "shipped"], stages: ["shipped"] }), 0).query.shipping_status).toBe(
      "shipped",
    );
  });

  it("skips the call when nothing can match", () => {
    expect(listParams(q({ stages: ["completed"] }), 0).empty).toBe(true);
    expect(listParams(q({ statuses: ["awaiting"], stages: ["delivered"] }), 0).empty).toBe(true);
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
    for (const key of Object.keys(listParams(all, 0).query)) expect(LISTED.has(key)).toBe(true);
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
