import { beforeAll, describe, expect, it } from "vitest";
import { UNATTENDED_AFTER_MS } from "../domain/attention";

// The page's input events arrive on window: Node's own EventTarget stands in for it.
const page = new EventTarget();
let pageUnattended: (now?: number) => boolean;

beforeAll(async () => {
  Object.assign(globalThis, { window: page });
  ({ pageUnattended } = await import("./attention"));
});

describe("pageUnattended", () => {
  it("is false after input and true once nobody has used the page for a while", () => {
    pageUnattended(); // starts listening
    page.dispatchEvent(new Event("keydown"));
    const now = Date.now();
    expect(pageUnattended(now)).toBe(false);
    expect(pageUnattended(now + UNATTENDED_AFTER_MS + 1)).toBe(true);
    page.dispatchEvent(new Event("pointerdown"));
    expect(pageUnattended(Date.now() + UNATTENDED_AFTER_MS - 1_000)).toBe(false);
    expect(pageUnattended(Date.now() + UNATTENDED_AFTER_MS + 1_000)).toBe(true);
  });
});
