// The courier behind an order: MerchantPro gives a carrier id and a shipping method's name (both free
// text per shop), and the AWB. A known courier gets its name and a tracking link.
import type { TrackingNumber } from "../../domain/order";
import { MERCHANTPRO_ASSUMED } from "./assumed";

type Carrier = (typeof MERCHANTPRO_ASSUMED.carriers)[number];

export function findCarrier(...hints: (string | null | undefined)[]): Carrier | null {
  for (const hint of hints) {
    if (!hint) continue;
    const carrier = MERCHANTPRO_ASSUMED.carriers.find((known) => known.match.test(hint));
    if (carrier) return carrier;
  }
  return null;
}

/** The carrier to show: the known courier's name, else the shop's own carrier id. */
export function carrierName(
  carrierId: string | null | undefined,
  methodName: string | null | undefined,
): string | null {
  return findCarrier(carrierId, methodName)?.name ?? (carrierId?.trim() || null);
}

export function trackingNumbers(
  awb: string | null | undefined,
  carrierId: string | null | undefined,
  methodName: string | null | undefined,
): TrackingNumber[] {
  const number = awb?.trim();
  if (!number) return [];
  const known = findCarrier(carrierId, methodName);
  return [
    {
      number,
      carrier: known?.name ?? (carrierId?.trim() || null),
      url: known ? known.url.replace("{awb}", encodeURIComponent(number)) : null,
    },
  ];
}
