// Query parameters, the next-link cursor guard, and Omnitron's error bodies → PlatformError.
import { describe, expect, it } from "vitest";
import type { UpstreamResponse } from "../http";
import type { AdapterQuery } from "../types";
import { errorFrom } from "./errors";
import { listParams, pagePath, pageSize } from "./filters";

const query = (extra: Partial<AdapterQuery> = {}): AdapterQuery => ({ sort: "placed_desc", limit: 50, ...extra });

describe("listParams", () => {
  it("asks for the first page at the caller's size, clamped to 100", () => {
    expect(listParams(query(), {})).toEqual({ page: 1, limit: 50, ordering: "-date_placed" });
    expect(pageSize(500)).toBe(100);
    expect(pageSize(0)).toBe(1);
  });

  it("sends one status, the placed range in UTC and the channel option", () => {
    const params = listParams(
      query({ statuses: ["400"], from: "2026-11-01T00:00:00+03:00", to: "2026-11-02T00:00:00Z" }),
      { channel: "2" },
    );
    expect(params).toEqual({
      page: 1,
      limit: 50,
      ordering: "-date_placed",
      status: "400",
      date_placed__gte: "2026-10-31T21:00:00.000Z",
      date_placed__lte: "2026-11-02T00:00:00.000Z",
      channel: "2",
    });
  });

  it("sends no status for several (Omnitron takes one; the page is filtered here)", () => {
    expect(listParams(query({ statuses: ["400", "450"] }), {})).not.toHaveProperty("status");
  });

  it("sends the ERP flag as is_send=True|False, the seed's spelling, and nothing without it", () => {
    expect(listParams(query({ sentToErp: false }), {})).toMatchObject({ is_send: "False" });
    expect(listParams(query({ sentToErp: true }), {})).toMatchObject({ is_send: "True" });
    expect(listParams(query(), {})).not.toHaveProperty("is_send");
  });
});

describe("pagePath (a next link → the path on the connection's own base URL)", () => {
  it("keeps the list's path and the query, whatever host, scheme or prefix DRF wrote", () => {
    expect(pagePath("https://omnitron.example.com/tenant/api/i1/orders/?limit=2&page=2")).toBe(
      "/api/i1/orders/?limit=2&page=2",
    );
    // Behind a TLS proxy Django may write http:// links, and behind any proxy its internal host.
    expect(pagePath("http://omnitron.example.com/tenant/api/i1/orders/?page=3")).toBe("/api/i1/orders/?page=3");
    expect(pagePath("http://internal-omnitron:8000/api/i1/orders/?is_send=False&page=4")).toBe(
      "/api/i1/orders/?is_send=False&page=4",
    );
    expect(pagePath("/api/i1/orders/?page=5")).toBe("/api/i1/orders/?page=5");
  });

  it("refuses a link to anything but the order list", () => {
    expect(() => pagePath("https://omnitron.example.com/tenant/api/v1/orders/5/")).toThrow(/not followed/);
    expect(() => pagePath("https://evil.example.com/api/i1/auth/login/")).toThrow(/not followed/);
    expect(() => pagePath("/api/i1/orders/../auth/login/?page=2")).toThrow(/not followed/);
    expect(() => pagePath("not a url")).toThrow(/not followed/);
  });
});

function response(status: number, text: string, headers: Record<string, string> = {}): UpstreamResponse {
  return { status, text, headers: new Headers(headers), durationMs: 1, json: () => JSON.parse(text) };
}

describe("errorFrom", () => {
  it("turns a bad login into auth with Omnitron's message", () => {
    const body = JSON.stringify({ non_field_errors: ["Unable to log in with provided credentials."] });
    const error = errorFrom(response(400, body), { login: true });
    expect(error).toMatchObject({ kind: "auth", message: "Unable to log in with provided credentials." });
  });

  it("names the field of a nested bulk refusal and keeps the code", () => {
    const body = JSON.stringify({
      orderitem_set: [{}, { invoice_number: ["This field is required to set status 450."] }],
      code: "order_item_status_transition_invalid",
    });
    const error = errorFrom(response(400, body));
    expect(error.kind).toBe("refused");
    expect(error.message).toBe("invoice_number: This field is required to set status 450.");
    expect(error.details.platformCode).toBe("order_item_status_transition_invalid");
  });

  it("maps 401, 404, 429 and an HTML 500", () => {
    expect(errorFrom(response(401, '{"detail":"Invalid token."}'))).toMatchObject({
      kind: "auth",
      message: "Invalid token.",
    });
    expect(errorFrom(response(404, '{"detail":"Not found."}')).kind).toBe("not_found");
    const limited = errorFrom(response(429, '{"detail":"Request was throttled."}', { "retry-after": "3" }));
    expect(limited).toMatchObject({ kind: "rate_limited", details: { status: 429, retryAfterSeconds: 3 } });
    const html = errorFrom(response(500, "<!doctype html><h1>Server Error (500)</h1>"));
    expect(html).toMatchObject({ kind: "unavailable", message: "Akinon Omnitron answered 500 Internal Server Error" });
  });
});
