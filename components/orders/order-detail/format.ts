// Display-only formatting for the detail page; money goes through the list's formatter (decimal strings,
// never floats).
import { numberFormat } from "@/lib/client/intl-cache";
import type { Address } from "@/lib/domain/order";

export { formatMoney } from "@/lib/client/order-format";

const DECIMAL = /^-?\d+(\.\d+)?$/;
const PERCENT: Intl.NumberFormatOptions = { style: "percent", maximumFractionDigits: 20 };

/** "21.00" → "21%" in en, "%21" in tr, "9,5 %" in cs: trailing zeros dropped. The decimal string itself is
 *  formatted ("…e-2", a hundredth of it as a string), so no float rounding creeps in. */
export function formatRate(rate: string | null, locale?: string): string {
  if (rate === null) return "—";
  if (!DECIMAL.test(rate)) return `${rate}%`;
  return numberFormat(locale, PERCENT).format(`${rate}e-2` as `${number}`);
}

/** The address as the lines a label would print, without empty parts. */
export function addressLines(address: Address): string[] {
  const cityLine = [address.postalCode, address.city].filter(Boolean).join(" ");
  return [
    address.company,
    address.line1,
    address.line2,
    [cityLine, address.region].filter(Boolean).join(", "),
    address.country ?? address.countryCode,
  ].filter((part): part is string => Boolean(part?.trim()));
}
