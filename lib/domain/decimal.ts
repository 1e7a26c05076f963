// Money as decimal strings ("1299.90", "-12.3", "649"), never as floats: exact comparison (the list's total
// filters, here and in the browser), exact arithmetic in BigInt units of 10^-scale (the adapters' line totals =
// unit price × quantity, sums, remainders), and the few conversions from and to JSON numbers. Every operation
// reads a decimal's text the same way (partsOf); results keep every digit, nothing is rounded.

interface Parts {
  negative: boolean;
  /** The digits before the point ("" for none). */
  whole: string;
  /** The digits after the point, as written ("" for none). */
  fraction: string;
}

function partsOf(value: string): Parts {
  const text = value.trim();
  const [whole = "", fraction = ""] = text.replace(/^[-+]/, "").split(".");
  return { negative: text.startsWith("-"), whole, fraction };
}

const isZeroParts = ({ whole, fraction }: Parts): boolean => /^0*$/.test(whole) && /^0*$/.test(fraction);

export function isZero(value: string): boolean {
  return isZeroParts(partsOf(value));
}

function compareMagnitude(a: Parts, b: Parts): number {
  const aWhole = a.whole.replace(/^0+/, "");
  const bWhole = b.whole.replace(/^0+/, "");
  if (aWhole.length !== bWhole.length) return aWhole.length < bWhole.length ? -1 : 1;
  if (aWhole !== bWhole) return aWhole < bWhole ? -1 : 1;
  const width = Math.max(a.fraction.length, b.fraction.length);
  const fa = a.fraction.padEnd(width, "0");
  const fb = b.fraction.padEnd(width, "0");
  return fa === fb ? 0 : fa < fb ? -1 : 1;
}

/** -1, 0 or 1, like a comparator ("-0" equals "0.00"). */
export function compareDecimal(left: string, right: string): number {
  const a = partsOf(left);
  const b = partsOf(right);
  const aNeg = a.negative && !isZeroParts(a);
  const bNeg = b.negative && !isZeroParts(b);
  if (aNeg !== bNeg) return aNeg ? -1 : 1;
  const magnitude = compareMagnitude(a, b);
  return aNeg ? -magnitude : magnitude;
}

const scaleOf = (value: string): number => partsOf(value).fraction.length;

function toUnits(value: string, scale: number): bigint {
  const { negative, whole, fraction } = partsOf(value);
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

/** Pads the fraction to `scale` digits so amounts read alike ("12.3" → "12.30"); never rounds away digits. */
export function withScale(amount: string, scale = 2): string {
  const { negative, whole, fraction } = partsOf(amount);
  const padded = fraction.length >= scale ? fraction : fraction.padEnd(scale, "0");
  const body = padded ? `${whole || "0"}.${padded}` : whole || "0";
  return negative && /[1-9]/.test(body) ? `-${body}` : body;
}

/** Drops trailing fraction zeros beyond `keep` digits ("1298.0000" → "1298.00"). */
export function trimScale(value: string, keep = 2): string {
  const [whole, fraction] = value.split(".");
  if (fraction === undefined) return value;
  const trimmed = fraction.replace(/0+$/, "").padEnd(keep, "0");
  return trimmed ? `${whole}.${trimmed}` : (whole ?? value);
}

/** A JSON number to its shortest exact decimal text (12.3 → "12.3", 1e-7 → "0.0000001"). */
export function numberToDecimal(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite amount: ${value}`);
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toFixed(20).replace(/\.?0+$/, "");
}

/** The JSON number a decimal string stands for, only when that number writes back as the same decimal. */
export function decimalToJsonNumber(value: string): number | null {
  const number = Number(value);
  return Number.isFinite(number) && compareDecimal(numberToDecimal(number), value) === 0 ? number : null;
}
