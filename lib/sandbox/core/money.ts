// Money in the sandbox is kept in integer minor units (cents) so that totals add up exactly;
// each platform renders it in its own wire style (decimal string, float or integer).
export function centsToDecimal(cents: number, fractionDigits = 2): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(Math.round(cents));
  const unit = 10 ** fractionDigits;
  const whole = Math.floor(abs / unit);
  const fraction = String(abs % unit).padStart(fractionDigits, "0");
  return fractionDigits === 0 ? `${sign}${whole}` : `${sign}${whole}.${fraction}`;
}

/** As a JSON number (for platforms that send floats, e.g. MerchantPro): 30.23, 15, 2.39. */
export function centsToFloat(cents: number): number {
  return Number(centsToDecimal(cents));
}

/** Parses "12.34" / 12.34 / "12" into cents, or null if it is not a number. */
export function toCents(value: unknown): number | null {
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : "";
  if (!/^-?\d+(\.\d+)?$/.test(text)) return null;
  const [whole = "0", fraction = ""] = text.replace("-", "").split(".");
  const cents = Number(whole) * 100 + Number(`${fraction}00`.slice(0, 2));
  return text.startsWith("-") ? -cents : cents;
}

/** Tax included in a gross amount at `ratePercent`: gross - gross / (1 + rate). */
export function includedTax(grossCents: number, ratePercent: number): number {
  return Math.round(grossCents - grossCents / (1 + ratePercent / 100));
}
