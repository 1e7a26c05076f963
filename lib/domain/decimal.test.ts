import { describe, expect, it } from "vitest";
import { compareDecimal } from "./decimal";

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
