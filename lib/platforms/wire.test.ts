import { describe, expect, it } from "vitest";
import { money, numberToDecimal, toIsoUtc, wireAmount, wireId, withScale } from "./wire";

describe("wire helpers", () => {
  it("keeps amounts exact as decimal strings", () => {
    expect(wireAmount.parse(30.23)).toBe("30.23");
    expect(wireAmount.parse(526.55)).toBe("526.55");
    expect(wireAmount.parse("629.00")).toBe("629.00");
    expect(wireAmount.parse(15)).toBe("15");
    expect(numberToDecimal(1e-7)).toBe("0.0000001");
    expect(wireAmount.safeParse("12,50").success).toBe(false);
    expect(withScale("15")).toBe("15.00");
    expect(withScale("2.399", 2)).toBe("2.399");
    expect(withScale("-0")).toBe("0.00");
    expect(money("30.2", "ron")).toEqual({ amount: "30.20", currency: "RON" });
  });

  it("normalizes ids and dates", () => {
    expect(wireId.parse(12345001)).toBe("12345001");
    expect(wireId.parse("e819386c")).toBe("e819386c");
    expect(toIsoUtc("2020-03-26T15:47:08+02:00")).toBe("2020-03-26T13:47:08.000Z");
    expect(toIsoUtc(1741710342)).toBe("2025-03-11T16:25:42.000Z");
    expect(toIsoUtc("not a date")).toBeNull();
  });
});
