import { describe, expect, it } from "vitest";
import {
  compareDecimal,
  decimalToJsonNumber,
  isZero,
  multiplyDecimal,
  negateDecimal,
  numberToDecimal,
  subtractDecimal,
  sumDecimals,
  trimScale,
  withScale,
} from "./decimal";

describe("compareDecimal", () => {
  it.each([
    ["1299.90", "1300", -1],
    ["10", "9.99", 1],
    ["0.10", "0.1", 0],
    ["-5", "3", -1],
    ["-5.5", "-5.25", -1],
    ["-0", "0.00", 0],
    ["007.5", "7.50", 0],
    ["123456789012.3456", "123456789012.3455", 1],
  ])("%s vs %s → %i", (a, b, expected) => {
    expect(compareDecimal(a, b)).toBe(expected);
    expect(compareDecimal(b, a)).toBe(-expected || 0);
  });
});

describe("exact decimals", () => {
  it("adds, subtracts and multiplies without float error", () => {
    expect(sumDecimals(["0.1", "0.2"])).toBe("0.3");
    expect(sumDecimals(["1249.5", "1299"])).toBe("2548.5");
    expect(subtractDecimal("51", "45.9")).toBe("5.1");
    expect(subtractDecimal("45.9", "51")).toBe("-5.1");
    expect(multiplyDecimal("1.47", 4)).toBe("5.88");
    expect(multiplyDecimal("0.07", 3)).toBe("0.21");
    expect(multiplyDecimal("10.5", 1.5)).toBe("15.75");
    expect(trimScale(multiplyDecimal("3.92", 1.5))).toBe("5.88");
    expect(trimScale("5.125")).toBe("5.125");
    expect(trimScale("649")).toBe("649");
    expect(sumDecimals(["100", "-10.5", "0.25"])).toBe("89.75");
    expect(sumDecimals([])).toBe("0");
    expect(sumDecimals(["0.10", "0.20", "100"])).toBe("100.30");
    expect(subtractDecimal("5.00", "7.5")).toBe("-2.50");
    expect(negateDecimal("-12.30")).toBe("12.30");
    expect(negateDecimal("0.00")).toBe("0.00");
    expect(isZero("-0.00")).toBe(true);
  });

  it("pads a fraction to the currency's scale without rounding", () => {
    expect(withScale("15")).toBe("15.00");
    expect(withScale("2.399", 2)).toBe("2.399");
    expect(withScale("-0")).toBe("0.00");
  });

  it("turns JSON numbers into decimals and back, only when they write back the same", () => {
    expect(numberToDecimal(1e-7)).toBe("0.0000001");
    expect(decimalToJsonNumber("187.01")).toBe(187.01);
    expect(decimalToJsonNumber("100.00")).toBe(100);
    expect(decimalToJsonNumber("900719925474.0993")).toBeNull();
  });
});
