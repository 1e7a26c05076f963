import { describe, expect, it } from "vitest";
import { addDecimals, decimalToJsonNumber, multiplyDecimal, subtractDecimal, trimScale } from "./decimal";

describe("exact decimals", () => {
  it("adds, subtracts and multiplies without float error", () => {
    expect(addDecimals(["0.1", "0.2"])).toBe("0.3");
    expect(addDecimals(["1249.5", "1299"])).toBe("2548.5");
    expect(subtractDecimal("51", "45.9")).toBe("5.1");
    expect(subtractDecimal("45.9", "51")).toBe("-5.1");
    expect(multiplyDecimal("1.47", 4)).toBe("5.88");
    expect(multiplyDecimal("0.07", 3)).toBe("0.21");
    expect(multiplyDecimal("10.5", 1.5)).toBe("15.75");
    expect(trimScale(multiplyDecimal("3.92", 1.5))).toBe("5.88");
    expect(trimScale("5.125")).toBe("5.125");
    expect(trimScale("649")).toBe("649");
  });

  it("turns a decimal into a JSON number only when it writes back the same", () => {
    expect(decimalToJsonNumber("187.01")).toBe(187.01);
    expect(decimalToJsonNumber("100.00")).toBe(100);
    expect(decimalToJsonNumber("900719925474.0993")).toBeNull();
  });
});
