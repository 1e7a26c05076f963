// Exact comparison of decimal strings ("1299.90" vs "1300"), so money is never compared as floats.
function split(value: string): { negative: boolean; whole: string; fraction: string } {
  const negative = value.trim().startsWith("-");
  const [whole = "0", fraction = ""] = value.trim().replace(/^[-+]/, "").split(".");
  return { negative, whole: whole.replace(/^0+(?=\d)/, ""), fraction: fraction.replace(/0+$/, "") };
}

function compareMagnitude(a: ReturnType<typeof split>, b: ReturnType<typeof split>): number {
  if (a.whole.length !== b.whole.length) return a.whole.length < b.whole.length ? -1 : 1;
  if (a.whole !== b.whole) return a.whole < b.whole ? -1 : 1;
  const width = Math.max(a.fraction.length, b.fraction.length);
  const fa = a.fraction.padEnd(width, "0");
  const fb = b.fraction.padEnd(width, "0");
  return fa === fb ? 0 : fa < fb ? -1 : 1;
}

/** -1, 0 or 1, like a comparator. */
export function compareDecimal(left: string, right: string): number {
  const a = split(left);
  const b = split(right);
  const aZero = /^0*$/.test(a.whole) && a.fraction === "";
  const bZero = /^0*$/.test(b.whole) && b.fraction === "";
  const aNeg = a.negative && !aZero;
  const bNeg = b.negative && !bZero;
  if (aNeg !== bNeg) return aNeg ? -1 : 1;
  const magnitude = compareMagnitude(a, b);
  return aNeg ? -magnitude : magnitude;
}
