import { describe, expect, it } from "vitest";
import { formatRate } from "./format";

describe("formatRate", () => {
  it("writes the platform's rate as a percentage in the interface's language, without trailing zeros", () => {
    expect(formatRate("21.00", "en")).toBe("21%");
    expect(formatRate("9.50", "en")).toBe("9.5%");
    expect(formatRate("9.50", "tr")).toBe("%9,5");
    expect(formatRate("20", "cs")).toBe("20\u00a0%");
    expect(formatRate(null, "en")).toBe("—");
    expect(formatRate("n/a", "en")).toBe("n/a%");
  });
});
