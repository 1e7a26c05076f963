// Exact sums of decimal strings (money is never added as floats): each amount is scaled to an integer
// of the largest precision present, added as BigInt, and written back.
const DECIMAL = /^-?\d+(\.\d+)?$/;

function scaleOf(value: string): number {
  return value.split(".")[1]?.length ?? 0;
}

function toScaled(value: string, scale: number): bigint {
  const negative = value.startsWith("-");
  const [whole = "0", fraction = ""] = value.replace(/^-/, "").split(".");
  const digits = BigInt(`${whole}${fraction.padEnd(scale, "0")}`);
  return negative ? -digits : digits;
}

function fromScaled(value: bigint, scale: number): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(scale + 1, "0");
  const body = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${body}` : body;
}

/** The exact sum of decimal strings; null when there is nothing to add. */
export function sumDecimals(values: readonly string[]): string | null {
  if (values.length === 0) return null;
  for (const value of values) if (!DECIMAL.test(value)) throw new Error(`not a decimal amount: ${value}`);
  const scale = Math.max(...values.map(scaleOf));
  return fromScaled(
    values.reduce((sum, value) => sum + toScaled(value, scale), 0n),
    scale,
  );
}

export function negateDecimal(value: string): string {
  if (value.startsWith("-")) return value.slice(1);
  return /^0*(\.0*)?$/.test(value) ? value : `-${value}`;
}
