// Display-only formatting for the detail page; money goes through the list's formatter (decimal strings,
// never floats).
import type { Address } from "@/lib/domain/order";

export { formatMoney } from "@/lib/client/order-format";

export function formatRate(rate: string | null): string {
  return rate === null ? "—" : `${rate.replace(/\.0+$|(\.\d*?)0+$/, "$1")}%`;
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
