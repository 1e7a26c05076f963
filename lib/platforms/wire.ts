// Small helpers every adapter needs at its edge: money from the wire (decimal strings or JSON numbers)
// to exact decimal strings (the one place platform money is read; the arithmetic is lib/domain/decimal.ts),
// dates to ISO UTC, and tolerant zod pieces for ids and amounts.
import { z } from "zod";
import { numberToDecimal, withScale } from "../domain/decimal";
import type { Money } from "../domain/order";
import { parseDateTime } from "./time-zone";

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

export function money(amount: string | null | undefined, currency: string | null | undefined, scale = 2): Money | null {
  if (amount === null || amount === undefined || !currency) return null;
  return { amount: withScale(amount, scale), currency: currency.toUpperCase() };
}

/**
 * An ISO-8601 date-time (or a Unix time in seconds) → ISO UTC ("2020-03-26T13:47:08.000Z"). A time without
 * an offset is a wall-clock time in `timeZone` (pass the connection's: see time-zone.ts).
 */
export function toIsoUtc(value: string | number | null | undefined, timeZone = "UTC"): string | null {
  if (value === null || value === undefined || value === "") return null;
  const time = typeof value === "number" ? value * 1000 : parseDateTime(value, timeZone);
  return time === null || !Number.isFinite(time) ? null : new Date(time).toISOString();
}

/** A readable label from a code: "in_collection" → "In collection". */
export function humanize(code: string): string {
  const spaced = code.replace(/[_-]+/g, " ").trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/**
 * A field Orderdeck does not need to be exact: a value in a shape we cannot read becomes null instead of failing
 * the order (the platform's payload stays in `raw`). Essential fields (ids, dates, totals) stay strict.
 */
export const lenient = <T extends z.ZodType>(schema: T) => schema.nullish().catch(null);

/** A reference to another record: a bare id, `{id, apiLink}`, or the expanded record — its id in each case. */
export const wireRefId = z.union([
  wireId,
  z
    .object({ id: wireId })
    .loose()
    .transform((ref) => ref.id),
]);

/** Where price objects keep the amount a customer pays, best first ({basePrice, finalPrice, vat…}, {amount, currency}). */
const PRICE_KEYS = ["finalPrice", "amount", "value", "gross", "price", "total", "basePrice"] as const;

/**
 * Money that may come as a number, a decimal string, or a price object: the amount, and the object's currency
 * when it names one.
 */
export const wireMoney = z.union([
  wireAmount.transform((amount) => ({ amount, currency: null as string | null })),
  z.record(z.string(), z.unknown()).transform((price, ctx) => {
    for (const key of PRICE_KEYS) {
      const amount = wireAmount.safeParse(price[key]);
      if (!amount.success) continue;
      const currency = [price.currency, price.currencyCode, price.currency_code].find((c) => typeof c === "string");
      return { amount: amount.data, currency: (currency as string | undefined)?.trim().toUpperCase() || null };
    }
    ctx.addIssue({ code: "custom", message: "a price object without an amount" });
    return z.NEVER;
  }),
]);

/** An amount that may come as a number, a decimal string or a price object (see wireMoney): the amount only. */
export const wireAmountLoose = wireMoney.transform((price) => price.amount);
