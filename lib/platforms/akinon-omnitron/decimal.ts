// Exact sums and differences of decimal strings (never floats): scaled to the longest fraction as BigInt.

function scaleOf(value: string): number {
  return value.split(".")[1]?.length ?? 0;
}

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

export function isZero(value: string): boolean {
  return /^[-+]?0*(\.0*)?$/.test(value.trim());
}
