// Display-only formatting for orders. Money stays a decimal string all the way: Intl.NumberFormat formats
// the string itself (ES2023 keeps its exact value), never a float made from it, and never with fewer
// decimals than the platform sent.
import type { Money } from "@/lib/domain/order";

const formatters = new Map<string, Intl.NumberFormat | null>();

function formatterFor(currency: string, digits: number, locale: string | undefined): Intl.NumberFormat | null {
  const id = `${locale ?? ""}:${currency}:${digits}`;
  let found = formatters.get(id);
  if (found === undefined) {
    try {
      const base = new Intl.NumberFormat(locale, { style: "currency", currency }).resolvedOptions();
      const max = Math.max(base.maximumFractionDigits ?? 2, digits);
      found = new Intl.NumberFormat(locale, { style: "currency", currency, maximumFractionDigits: max });
    } catch {
      found = null; // not a currency this browser knows: shown as "12.50 XYZ"
    }
    // One formatter per currency and precision: building them is the slow part of a 100-row render.
    formatters.set(id, found);
  }
  return found;
}

/** "1299.90" RON → "RON 1,299.90" in en, "1.299,90 RON" in ro (the interface's locale; without one, the
 *  browser's); null → "—". */
export function formatMoney(money: Money | null | undefined, locale?: string): string {
  if (!money) return "—";
  const digits = Math.min(money.amount.split(".")[1]?.length ?? 0, 20);
  const format = formatterFor(money.currency, digits, locale);
  return format ? format.format(money.amount as `${number}`) : `${money.amount} ${money.currency}`;
}

/** The order's route in the app (not the API). */
export function orderHref(connectionId: string, orderId: string): string {
  return `/orders/${encodeURIComponent(connectionId)}/${encodeURIComponent(orderId)}`;
}
