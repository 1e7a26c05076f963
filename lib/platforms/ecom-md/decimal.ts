// Exact decimal arithmetic on money strings (BigInt in minor units), so line totals and subtotals
// are never computed in floats. Amounts are already validated decimals (wireAmount).

function toUnits(amount: string, scale: number): bigint {
  const negative = amount.trim().startsWith("-");
  const [whole = "0", fraction = ""] = amount.trim().replace(/^[-+]/, "").split(".");
  const units = BigInt(whole || "0") * 10n ** BigInt(scale) + BigInt(fraction.padEnd(scale, "0") || "0");
  return negative ? -units : units;
}

function fromUnits(units: bigint, scale: number): string {
  const negative = units < 0n;
  const abs = negative ? -units : units;
  const base = 10n ** BigInt(scale);
  const whole = (abs / base).toString();
  const fraction = (abs % base).toString().padStart(scale, "0");
  const body = scale === 0 ? whole : `${whole}.${fraction}`;
  return negative ? `-${body}` : body;
}

function scaleOf(...amounts: string[]): number {
  return Math.max(2, ...amounts.map((a) => a.split(".")[1]?.length ?? 0));
}

/** amount × quantity (quantity may be a whole or decimal number, e.g. weighed goods). */
export function multiply(amount: string, quantity: number): string {
  const q = String(quantity);
  const qScale = q.split(".")[1]?.length ?? 0;
  const scale = scaleOf(amount);
  const product = toUnits(amount, scale) * toUnits(q, qScale);
  return fromUnits(product / 10n ** BigInt(qScale), scale);
}

export function sum(amounts: readonly string[]): string {
  const scale = scaleOf(...amounts);
  return fromUnits(
    amounts.reduce((total, a) => total + toUnits(a, scale), 0n),
    scale,
  );
}

export function subtract(left: string, right: string): string {
  const scale = scaleOf(left, right);
  return fromUnits(toUnits(left, scale) - toUnits(right, scale), scale);
}
