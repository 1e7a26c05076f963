// The one-second page memory keeps no more than a second of pages: an export or a long walk reads thousands.
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { cachedPage, rememberedPages } from "./page-cache";

describe("the page memory", () => {
  it("drops expired pages on every write, not only when it is full", async () => {
    for (let page = 0; page < 50; page++)
      await cachedPage("c", `page ${page}`, async () => ({ orders: [], next: null }));
    expect(rememberedPages()).toBeGreaterThanOrEqual(50);
    await sleep(1100);
    await cachedPage("c", "one more", async () => ({ orders: [], next: null }));
    expect(rememberedPages()).toBe(1);
  });
});
