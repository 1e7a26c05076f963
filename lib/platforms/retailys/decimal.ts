// Exact arithmetic on decimal strings (line totals = unit price × count, sums, remainders): BigInt units of
// 10^-scale, never floats. Inputs are wireAmount's output ("-12.3", "649").
import { numberToDecimal } from "../wire";

function scaleOf(value: string): number {
  return value.split(".")[1]?.length ?? 0;
}

function toUnits(value: string, scale: number): bigint {
  const negative = value.startsWith("-");
  const [whole = "0", fraction = ""] = value.replace(/^[-+]/, "").split(".");
  const units = BigInt(whole + fraction.padEnd(scale, "0"));
  return negative ? -units : units;
}

function fromUnits(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, "0");
  const whole = digits.slice(0, digits.length - scale);
  const fraction = scale > 0 ? `.${digits.slice(digits.length - scale)}` : "";
  return `${negative ? "-" : ""}${whole}${fraction}`;
}

export function addDecimals(values: readonly string[]): string {
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
  const scale = scaleOf(value) + scaleOf(factor);
  const product = toUnits(value, scaleOf(value)) * toUnits(factor, scaleOf(factor));
  return fromUnits(product, scale);
}

/** Drops trailing fraction zeros beyond `keep` digits ("1298.0000" → "1298.00"). */
export function trimScale(value: string, keep = 2): string {
  const [whole, fraction] = value.split(".");
  if (fraction === undefined) return value;
  const trimmed = fraction.replace(/0+$/, "").padEnd(keep, "0");
  return trimmed ? `${whole}.${trimmed}` : (whole ?? value);
}

/** The JSON number a decimal string stands for, only when the number writes back as the same decimal. */
export function decimalToJsonNumber(value: string): number | null {
  const number = Number(value);
  if (!Number.isFinite(number)) return null;
  const back = numberToDecimal(number);
  const scale = Math.max(scaleOf(back), scaleOf(value));
  return toUnits(back, scale) === toUnits(value, scale) ? number : null;
}
