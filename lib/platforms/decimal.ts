// Exact arithmetic on decimal strings for the adapters (line totals = unit price × quantity, sums, remainders):
// BigInt units of 10^-scale, never floats. Inputs are wireAmount's output ("-12.3", "649"); results keep
// every digit (money() pads them to the currency's scale, never rounds).
import { compareDecimal } from "../domain/decimal";
import { numberToDecimal } from "./wire";

const scaleOf = (value: string): number => value.split(".")[1]?.length ?? 0;

function toUnits(value: string, scale: number): bigint {
  const negative = value.trim().startsWith("-");
  const [whole = "0", fraction = ""] = value.trim().replace(/^[-+]/, "").split(".");
  const units = BigInt(`${whole || "0"}${fraction.padEnd(scale, "0")}`);
  return negative ? -units : units;
}

function fromUnits(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, "0");
  const body = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${body}` : body;
}

/** The exact sum, at the longest fraction given ("0" for none). */
export function sumDecimals(values: readonly string[]): string {
  const scale = Math.max(0, ...values.map(scaleOf));
  return fromUnits(
    values.reduce((sum, value) => sum + toUnits(value, scale), 0n),
    scale,
  );
}

export function subtractDecimal(left: string, right: string): string {
  const scale = Math.max(scaleOf(left), scaleOf(right));
  return fromUnits(toUnits(left, scale) - toUnits(right, scale), scale);
}

/** value × count, where a count may itself be fractional (weighed goods); the scale is the sum of both. */
export function multiplyDecimal(value: string, count: number): string {
  const factor = numberToDecimal(count);
  const product = toUnits(value, scaleOf(value)) * toUnits(factor, scaleOf(factor));
  return fromUnits(product, scaleOf(value) + scaleOf(factor));
}

export function negateDecimal(value: string): string {
  if (value.startsWith("-")) return value.slice(1);
  return isZero(value) ? value : `-${value}`;
}

export function isZero(value: string): boolean {
  return /^[-+]?0*(\.0*)?$/.test(value.trim());
}

/** Drops trailing fraction zeros beyond `keep` digits ("1298.0000" → "1298.00"). */
export function trimScale(value: string, keep = 2): string {
  const [whole, fraction] = value.split(".");
  if (fraction === undefined) return value;
  const trimmed = fraction.replace(/0+$/, "").padEnd(keep, "0");
  return trimmed ? `${whole}.${trimmed}` : (whole ?? value);
}

/** The JSON number a decimal string stands for, only when that number writes back as the same decimal. */
export function decimalToJsonNumber(value: string): number | null {
  const number = Number(value);
  return Number.isFinite(number) && compareDecimal(numberToDecimal(number), value) === 0 ? number : null;
}
