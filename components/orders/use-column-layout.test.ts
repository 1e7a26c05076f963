import { describe, expect, test } from "vitest";
import { DEFAULT_COLUMN_ORDER } from "./orders-columns";
import { DEFAULT_LAYOUT, toColumnLayout } from "./use-column-layout";

describe("a stored column layout", () => {
  test("that is not a layout at all gives the default one", () => {
    for (const value of [null, undefined, "compact", 3, ["total"]])
      expect(toColumnLayout(value)).toEqual(DEFAULT_LAYOUT);
  });

  test("keeps today's columns in its order, adds new ones at the end, the checkbox first", () => {
    const last = DEFAULT_COLUMN_ORDER.at(-1) ?? "";
    const layout = toColumnLayout({ order: [last, "gone", "select", 7], visibility: {}, density: "compact" });
    expect(layout.order[0]).toBe("select");
    expect(layout.order[1]).toBe(last);
    expect([...layout.order].sort()).toEqual([...DEFAULT_COLUMN_ORDER].sort());
    expect(layout.density).toBe("compact");
  });

  test("leaves out what does not fit: unknown columns, non-boolean visibility, an unknown density", () => {
    const first = DEFAULT_COLUMN_ORDER.find((id) => id !== "select") ?? "";
    const layout = toColumnLayout({
      visibility: { [first]: false, gone: false, select: "no" },
      order: "x",
      density: "tiny",
    });
    expect(layout.visibility).toEqual({ [first]: false });
    expect(layout.density).toBe("comfortable");
    // The checkbox column comes first in today's order too.
    expect(layout.order).toEqual(DEFAULT_COLUMN_ORDER);
  });
});
