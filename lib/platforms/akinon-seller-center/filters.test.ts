// Orderdeck's list query → Seller Center's django-filter parameters, the local re-check, and the cursor guard.
import { describe, expect, it } from "vitest";
import type { Order } from "../../domain/order";
import { PlatformError } from "../errors";
import type { AdapterQuery } from "../types";
import { countIsTotal, followPath, listParams, matchesQuery, pageSize, wantedCodes } from "./filters";

const query = (extra: Partial<AdapterQuery> = {}): AdapterQuery => ({ sort: "placed_desc", limit: 50, ...extra });

describe("listParams", () => {
  it("maps every filter with double underscores, lower-case currency and ISO dates; asks newest first", () => {
    expect(
      listParams(
        query({
          statuses: ["200"],
          q: " 4524 ",
          from: "2025-01-01T00:00:00+03:00",
          to: "2025-02-01",
          minTotal: "100",
          maxTotal: "999.90",
          currency: "USD",
          limit: 25,
        }),
      ),
    ).toEqual({
      page: 1,
      limit: 25,
      ordering: "-date_placed",
      status: "200",
      number__icontains: "4524",
      date_placed__gte: "2024-12-31T21:00:00.000Z",
      date_placed__lte: "2025-02-01T00:00:00.000Z",
      amount__gte: "100",
      amount__lte: "999.90",
      currency: "usd",
    });
  });

  it("asks for at most 100 and at least 1 per page", () => {
    expect(pageSize(500)).toBe(100);
    expect(pageSize(0)).toBe(1);
    expect(listParams(query({ limit: 100 })).limit).toBe(100);
  });

  it("sends a stage as `status` when it is one code, and filters several here", () => {
    expect(listParams(query({ stages: ["pending"] })).status).toBe("100");
    expect(listParams(query({ stages: ["processing"] })).status).toBeUndefined();
    expect(wantedCodes(query({ stages: ["processing"] }))).toEqual(["200", "300", "400"]);
    expect(wantedCodes(query({ stages: ["cancelled"], statuses: ["800", "100"] }))).toEqual(["800"]);
    expect(wantedCodes(query({ stages: ["returned"] }))).toEqual([]);
    expect(countIsTotal(query({ statuses: ["200", "300"] }))).toBe(false);
    expect(countIsTotal(query({ statuses: ["200"] }))).toBe(true);
    expect(countIsTotal(query())).toBe(true);
  });
});

describe("matchesQuery", () => {
  const order = {
    number: "45243493",
    placedAt: "2025-01-10T00:00:00.000Z",
    status: { code: "300", label: "Package Waiting", stage: "processing" },
    totals: { total: { amount: "629.00", currency: "USD" } },
  } as Order;

  it("checks statuses, stages, dates, totals, currency and the number", () => {
    expect(matchesQuery(order, query({ statuses: ["200", "300"] }))).toBe(true);
    expect(matchesQuery(order, query({ statuses: ["200", "400"] }))).toBe(false);
    expect(matchesQuery(order, query({ stages: ["pending"] }))).toBe(false);
    expect(matchesQuery(order, query({ from: "2025-01-11" }))).toBe(false);
    expect(matchesQuery(order, query({ minTotal: "629", maxTotal: "629.00" }))).toBe(true);
    expect(matchesQuery(order, query({ minTotal: "629.01" }))).toBe(false);
    expect(matchesQuery(order, query({ currency: "usd" }))).toBe(true);
    expect(matchesQuery(order, query({ currency: "TRY" }))).toBe(false);
    expect(matchesQuery(order, query({ q: "2434" }))).toBe(true);
    expect(matchesQuery(order, query({ q: "999" }))).toBe(false);
  });
});

describe("followPath", () => {
  const base = "https://seller.example.com";

  it("follows a next link on the same host and list", () => {
    expect(followPath(base, "https://seller.example.com/api/i1/orders/?limit=10&page=2", "/api/i1/orders/")).toBe(
      "/api/i1/orders/?limit=10&page=2",
    );
    // Django behind a TLS proxy writes http:// links.
    expect(followPath(base, "http://seller.example.com/api/i1/orders/?page=3", "/api/i1/orders/")).toBe(
      "/api/i1/orders/?page=3",
    );
  });

  it("refuses another host, another path, or something that is not a link", () => {
    for (const link of [
      "https://evil.example.com/api/i1/orders/?page=2",
      "https://seller.example.com/api/i1/customer-addresses/?page=2",
      "page=2",
    ]) {
      expect(() => followPath(base, link, "/api/i1/orders/")).toThrow(PlatformError);
    }
  });
});
