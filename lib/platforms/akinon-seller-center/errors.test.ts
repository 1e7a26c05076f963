// Seller Center's error answers → PlatformError kinds with the platform's own words (never Django's HTML).
import { describe, expect, it } from "vitest";
import type { UpstreamResponse } from "../http";
import { errorFrom } from "./errors";

function answer(status: number, body: string, headers: Record<string, string> = {}): UpstreamResponse {
  return { status, text: body, headers: new Headers(headers), durationMs: 1, json: () => JSON.parse(body) };
}

describe("errorFrom", () => {
  it("refuses a reject with DRF's own message", () => {
    const error = errorFrom(answer(400, '{"non_field_errors":["Packaged order items cannot be rejected."]}'));
    expect(error.kind).toBe("refused");
    expect(error.message).toBe("Packaged order items cannot be rejected.");
  });

  it("names the field of a filter error", () => {
    expect(errorFrom(answer(400, '{"amount__gte":["Enter a number."]}')).message).toBe("amount__gte: Enter a number.");
  });

  it("reports simplejwt's 401 as auth with its detail only", () => {
    const body = JSON.stringify({
      detail: "Given token not valid for any token type",
      code: "token_not_valid",
      messages: [{ token_class: "AccessToken", token_type: "access", message: "Token is invalid or expired" }],
    });
    const error = errorFrom(answer(401, body));
    expect(error.kind).toBe("auth");
    expect(error.message).toBe("Given token not valid for any token type");
    expect(error.details.platformCode).toBe("token_not_valid");
  });

  it("treats a 400 from token/obtain/ as auth", () => {
    const error = errorFrom(answer(400, '{"password":["This field is required."]}'), { login: true });
    expect(error.kind).toBe("auth");
    expect(error.message).toBe("password: This field is required.");
  });

  it("turns Django's HTML 500 page into a short message", () => {
    const error = errorFrom(answer(500, "<!doctype html><h1>Server Error (500)</h1>"));
    expect(error.kind).toBe("unavailable");
    expect(error.message).toBe("Akinon Seller Center answered 500 Internal Server Error");
  });

  it("keeps Retry-After on 429, and maps 404, 406 and 415", () => {
    const limited = errorFrom(answer(429, '{"detail":"Request was throttled."}', { "retry-after": "3" }));
    expect(limited.kind).toBe("rate_limited");
    expect(limited.details.retryAfterSeconds).toBe(3);
    expect(errorFrom(answer(404, '{"detail":"Not found."}')).kind).toBe("not_found");
    expect(errorFrom(answer(406, '{"detail":"Could not satisfy the request Accept header."}')).kind).toBe("refused");
    expect(errorFrom(answer(415, '{"detail":"Unsupported media type \\"\\" in request."}')).message).toBe(
      'Unsupported media type "" in request.',
    );
  });
});
