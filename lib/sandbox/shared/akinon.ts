// What the two Akinon imitations (Seller Center and Omnitron) read the same way: the cancellation statuses Akinon
// documents, the Turkish mobile numbers of their generated customers, and tracking numbers kept on items.
import type { Random } from "../core/random";

/** `cancel_status` of orders and items, as platforms.md §3 lists it for Seller Center (Omnitron: [assumed] the same). */
export const CANCEL_STATUSES = [
  "waiting",
  "confirmation_waiting",
  "confirmed",
  "approved",
  "rejected",
  "waiting_for_payment",
  "manuel_refund_need",
  "completed",
] as const;

export type CancelStatus = (typeof CANCEL_STATUSES)[number];

export function isCancelStatus(value: string): value is CancelStatus {
  return (CANCEL_STATUSES as readonly string[]).includes(value);
}

// Turkcell 53x, Vodafone 54x, Türk Telekom 50x/55x.
export const MOBILE_PREFIXES = [
  "530",
  "532",
  "533",
  "535",
  "536",
  "538",
  "542",
  "543",
  "544",
  "546",
  "549",
  "505",
  "506",
  "552",
  "553",
  "555",
] as const;

/** A generated Turkish customer; each imitation draws one from its own lists. */
export interface TurkishPerson {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
}

/** The person as an Akinon address record begins: e-mail, phone, first and last name. */
export function addressContact(who: TurkishPerson) {
  return { email: who.email, phone_number: who.phone, first_name: who.firstName, last_name: who.lastName };
}

/** A Turkish mobile number as Akinon stores it: 05XXXXXXXXX (11 digits, no country code). */
export function turkishMobile(rng: Random, prefixes: readonly string[] = MOBILE_PREFIXES): string {
  return `0${rng.pick(prefixes)}${rng.chars(7)}`;
}

/** Each distinct tracking number of an order's items, once: both products keep them on the items. */
export function itemTrackingNumbers(items: readonly Record<string, unknown>[]): string[] {
  return [
    ...new Set(
      items
        .map((item) => item.tracking_number)
        .filter(Boolean)
        .map(String),
    ),
  ];
}
