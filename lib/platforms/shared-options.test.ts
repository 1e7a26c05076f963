// The options every platform shares are declared once, in shared-options.ts, and checked with those bounds:
// no adapter declares them again (its own bounds would contradict them and never be checked).
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ADAPTERS } from "./registry";
import { SHARED_OPTION_KEYS, sharedOptionsSchema } from "./shared-options";

describe("shared connection options", () => {
  for (const adapter of ADAPTERS) {
    it(`${adapter.id} declares none of them in its own options`, () => {
      expect(adapter.optionsSchema).toBeInstanceOf(z.ZodObject);
      const own = Object.keys((adapter.optionsSchema as z.ZodObject).shape);
      expect(own.filter((key) => (SHARED_OPTION_KEYS as readonly string[]).includes(key))).toEqual([]);
    });
  }

  it("are checked against their one set of bounds", () => {
    const valid = { timeoutMs: 30_000, requestsPerSecond: 50, concurrency: 32, syncIntervalSeconds: "60" };
    expect(sharedOptionsSchema.parse(valid)).toEqual({ ...valid, syncIntervalSeconds: 60 });
    for (const wrong of [{ timeoutMs: 50 }, { requestsPerSecond: 0 }, { concurrency: 0.5 }, { concurrency: 1000 }]) {
      expect(sharedOptionsSchema.safeParse(wrong).success).toBe(false);
    }
  });
});
