import { describe, expect, it } from "vitest";
import { serverTiming } from "./server-timing";

describe("Server-Timing", () => {
  it("is a valid header value whatever the connection is called", () => {
    const value = serverTiming(
      [{ connectionId: "0123456789abcdef", name: 'Chișinău "Electronics" – İstanbul', durationMs: 12.345 }],
      20,
    );
    expect(value).toBe('conn-01234567;desc="Chisinau Electronics  Istanbul";dur=12.3, total;dur=20.0');
    expect(() => new Headers({ "server-timing": value })).not.toThrow();
  });
});
