// The retry policy's pieces: Retry-After in both of its forms, and a wait that ends with the caller's own reason.
import { describe, expect, it } from "vitest";
import { parseRetryAfter, sleep } from "./http-retry";

describe("parseRetryAfter", () => {
  it("reads delta-seconds and HTTP dates, and nothing else", () => {
    const now = Date.parse("2025-03-11T16:25:42Z");
    expect(parseRetryAfter(" 3 ", now)).toBe(3000);
    expect(parseRetryAfter("Tue, 11 Mar 2025 16:26:12 GMT", now)).toBe(30_000);
    expect(parseRetryAfter("Tue, 11 Mar 2025 16:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});

describe("sleep", () => {
  it("waits the time given", async () => {
    const started = performance.now();
    await sleep(40, new AbortController().signal);
    expect(performance.now() - started).toBeGreaterThanOrEqual(35);
  });

  it("rejects with the signal's own reason, whether it aborts before or during the wait", async () => {
    const before = new AbortController();
    before.abort(new Error("gone already"));
    await expect(sleep(1000, before.signal)).rejects.toThrow("gone already");
    const during = new AbortController();
    const started = performance.now();
    setTimeout(() => during.abort(new Error("user left")), 20);
    await expect(sleep(5000, during.signal)).rejects.toThrow("user left");
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
