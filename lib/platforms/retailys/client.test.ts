// Paths below either form of base URL, and Retailys' {message, detail} errors → PlatformError kinds.
import { describe, expect, it } from "vitest";
import type { UpstreamResponse } from "../http";
import type { Connection } from "../types";
import { apiPath, orderPath, ordersPath, toPlatformError } from "./client";
import refusal from "./fixtures/error-422.json" with { type: "json" };

const conn = (baseUrl: string): Connection => ({
  id: "c",
  name: "Retailys",
  platform: "retailys",
  baseUrl,
  credentials: { token: "t" },
  options: {},
});

function answer(status: number, text: string, headers: Record<string, string> = {}): UpstreamResponse {
  return { status, text, headers: new Headers(headers), durationMs: 1, json: () => JSON.parse(text) };
}

describe("paths", () => {
  it("appends /v1 to the host and not to a base URL that already ends in /v1", () => {
    expect(ordersPath(conn("https://api.retailys.com"))).toBe("/v1/System/Orders");
    expect(ordersPath(conn("https://api.retailys.com/"))).toBe("/v1/System/Orders");
    expect(ordersPath(conn("https://api.retailys.com/v1"))).toBe("/System/Orders");
    expect(ordersPath(conn("https://api.retailys.com/v1/"))).toBe("/System/Orders");
    expect(apiPath(conn("http://127.0.0.1:4010/retailys"), "/System/Orders/Statuses")).toBe(
      "/v1/System/Orders/Statuses",
    );
    expect(orderPath(conn("https://api.retailys.com"), "42", "/paid")).toBe("/v1/System/Orders/42/paid");
  });
});

describe("errors", () => {
  it("a 422 is refused with the platform's message and detail", () => {
    const error = toPlatformError(answer(422, JSON.stringify(refusal)));
    expect(error.kind).toBe("refused");
    expect(error.message).toBe("Order 5002 cannot be marked as sent. — The order has already been sent.");
    expect(error.details.status).toBe(422);
  });

  it("maps 401, 404, 400, 429 and 5xx", () => {
    const body = (message: string) => JSON.stringify({ message, detail: null });
    expect(toPlatformError(answer(401, body("Unauthorized."))).kind).toBe("auth");
    expect(toPlatformError(answer(404, body("Order 1 not found."))).kind).toBe("not_found");
    expect(toPlatformError(answer(400, body("Field 'price' is required."))).kind).toBe("refused");
    const limited = toPlatformError(answer(429, body("Too many requests."), { "retry-after": "3" }));
    expect(limited.kind).toBe("rate_limited");
    expect(limited.details.retryAfterSeconds).toBe(3);
    expect(toPlatformError(answer(503, body("Maintenance"))).kind).toBe("unavailable");
  });

  it("an HTML error page becomes a short sentence, not the HTML", () => {
    const error = toPlatformError(answer(500, "<!doctype html><html><body><h1>Server Error</h1></body></html>"));
    expect(error.kind).toBe("unavailable");
    expect(error.message).toBe("Retailys answered 500 Internal Server Error");
  });
});
