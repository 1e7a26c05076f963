// One mapping of error answers for every platform: status → kind, Retry-After (seconds or an HTTP date), the
// platform's words verbatim (at most 500 characters), and a short sentence where it said nothing readable.
import { describe, expect, it } from "vitest";
import { errorFromAnswer, kindOfStatus, type WordsReader } from "./error-answers";
import type { UpstreamResponse } from "./http";

function answer(status: number, text: string, headers: Record<string, string> = {}): UpstreamResponse {
  return { status, text, headers: new Headers(headers), durationMs: 1, json: () => JSON.parse(text) };
}

const words: WordsReader = (body) =>
  typeof body === "object" && body !== null && "message" in body
    ? { message: String(body.message), ...("code" in body ? { code: String(body.code) } : {}) }
    : null;

describe("errorFromAnswer", () => {
  it("maps statuses to kinds", () => {
    const kinds = [400, 401, 403, 404, 405, 406, 409, 415, 422, 429, 500, 502, 503].map(kindOfStatus);
    expect(kinds).toEqual([
      "refused",
      "auth",
      "auth",
      "not_found",
      "unsupported",
      "refused",
      "refused",
      "refused",
      "refused",
      "rate_limited",
      "unavailable",
      "unavailable",
      "unavailable",
    ]);
  });

  it("passes the platform's words and code on verbatim", () => {
    const error = errorFromAnswer(answer(422, '{"message":"Order 7 is already sent.","code":"E42"}'), "Shop", words);
    expect(error).toMatchObject({ kind: "refused", message: "Order 7 is already sent." });
    expect(error.details).toEqual({ status: 422, platformCode: "E42" });
  });

  it("says who answered what when the body has no words (an HTML page, an empty body)", () => {
    expect(errorFromAnswer(answer(502, "<html><h1>Bad Gateway</h1></html>"), "Shop", words).message).toBe(
      "Shop answered 502 Bad Gateway",
    );
    expect(errorFromAnswer(answer(404, '{"message":"  "}'), "Shop", words).message).toBe("Shop answered 404 Not Found");
  });

  it("reads Retry-After as seconds or as an HTTP date, on a 429 only", () => {
    const inSeconds = errorFromAnswer(answer(429, "", { "retry-after": "7" }), "Shop", words);
    expect(inSeconds.details.retryAfterSeconds).toBe(7);
    const date = new Date(Date.now() + 90_000).toUTCString();
    const byDate = errorFromAnswer(answer(429, "", { "retry-after": date }), "Shop", words);
    expect(byDate.details.retryAfterSeconds).toBeGreaterThanOrEqual(89);
    expect(byDate.details.retryAfterSeconds).toBeLessThanOrEqual(91);
    expect(errorFromAnswer(answer(503, "", { "retry-after": "7" }), "Shop", words).details.retryAfterSeconds).toBe(
      undefined,
    );
  });

  it("keeps at most 500 characters of a long message, and lets a call override the kind", () => {
    const long = errorFromAnswer(answer(400, JSON.stringify({ message: "x".repeat(2000) })), "Shop", words);
    expect(long.message).toHaveLength(500);
    expect(errorFromAnswer(answer(400, '{"message":"Wrong password."}'), "Shop", words, "auth").kind).toBe("auth");
  });
});
