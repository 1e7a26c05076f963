import { describe, expect, it } from "vitest";
import { withFallback } from "./messages";

describe("withFallback", () => {
  it("keeps the translation's messages and fills what it lacks from English, naming those keys", () => {
    const missing: string[] = [];
    const merged = withFallback(
      { a: "A", group: { b: "B", c: "C" }, d: { e: "E" } },
      { a: "Á", group: { b: "Ḃ" }, extra: "x" },
      missing,
    );
    expect(merged).toEqual({ a: "Á", group: { b: "Ḃ", c: "C" }, d: { e: "E" } });
    expect(missing).toEqual(["group.c", "d.e"]);
  });
});
