// Small helpers every adapter needs at its edge: money from the wire (decimal strings or JSON numbers)
// to exact decimal strings, dates to ISO UTC, and tolerant zod pieces for ids and amounts.
import { z } from "zod";
import type { Money } from "../domain/order";

/** An id sent as an int by some platforms and as a string by others: always a string for us. */
export const wireId = z.union([z.string(), z.number()]).transform(String);

/** A money amount sent as "12.30", 12.3 or 12: kept as the exact decimal text (never computed as a float). */
export const wireAmount = z.union([z.string(), z.number()]).transform((value, ctx) => {
  const text = typeof value === "number" ? numberToDecimal(value) : value.trim();
  if (!/^-?\d+(\.\d+)?$/.test(text)) {
    ctx.addIssue({ code: "custom", message: `not a decimal amount: ${JSON.stringify(value)}` });
    return z.NEVER;
  }
  return text;
});

/** A JSON number to its shortest exact decimal text (12.3 → "12.3", 1e-7 → "0.0000001"). */
export function numberToDecimal(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite amount: ${value}`);
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toFixed(20).replace(/\.?0+$/, "");
}

/** Pads or keeps the fraction so amounts read alike ("12.3" → "12.30"); never rounds away digits. */
export function withScale(amount: string, scale = 2): string {
  const negative = amount.startsWith("-");
  const [whole = "0", fraction = ""] = amount.replace(/^[-+]/, "").split(".");
  const padded = fraction.length >= scale ? fraction : fraction.padEnd(scale, "0");
  const body = padded ? `${whole}.${padded}` : whole;
  return negative && /[1-9]/.test(body) ? `-${body}` : body;
}

export function money(amount: string | null | undefined, currency: string | null | undefined, scale = 2): Money | null {
  if (amount === null || amount === undefined || !currency) return null;
  return { amount: withScale(amount, scale), currency: currency.toUpperCase() };
}

/** Any ISO-8601 date-time with an offset (or a Unix time in seconds) → ISO UTC ("2020-03-26T13:47:08.000Z"). */
export function toIsoUtc(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined || value === "") return null;
  const date = typeof value === "number" ? new Date(value * 1000) : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** A readable label from a code: "in_collection" → "In collection". */
export function humanize(code: string): string {
  const spaced = code.replace(/[_-]+/g, " ").trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
