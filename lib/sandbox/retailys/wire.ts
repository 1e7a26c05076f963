// An order as the default reading writes it (render.ts): what the showcase files hold and the tests read.
import type { Address, Billing, Item, Tracking } from "./types";

/** A unit price: basePrice without VAT, finalPrice with it [assumed]. */
export interface WirePrice {
  basePrice: number;
  finalPrice: number;
  vat: number;
  vatValue: number;
  currency: string;
}

export type WireItem = Pick<Item, "id" | "article" | "name" | "count" | "ordered" | "waitingCount" | "note"> & {
  price: WirePrice;
  priceOriginal: number;
};

/** The delivery address, flat beside the billing one: deliveryName, deliveryStreet, … */
type DeliveryFields = { [K in keyof Address as `delivery${Capitalize<K>}`]: Address[K] };

export interface WireCharge {
  name: string;
  price: number;
}

export interface WireHistoryEntry {
  id: number;
  type: string;
  date: string;
  record: { name: string; status: string };
}

export type WireOrder = Billing &
  DeliveryFields & {
    id: number;
    customer: number | null;
    company: number | null;
    /** With expanded=true also the channel's name, type, url, currencyCode and language. */
    channel: { id: number; apiLink: string; name?: string };
    dateOrder: string;
    dateMaturity: string | null;
    note: string | null;
    ourNote: string | null;
    mainCurrencyCode: string;
    orderCurrencyCode: string;
    currencyRate: number;
    money: number;
    paid: number;
    datePaid: string | null;
    items: WireItem[];
    weight: number;
    shipping: WireCharge | null;
    payment: WireCharge | null;
    trackings: Tracking[];
    sent: boolean;
    delivered: boolean;
    done: boolean;
    canceled: boolean;
    status: number;
    orderUrl: string;
    invoiceUrl: string | null;
    externalOrderId: string | null;
    /** Only with expanded=true, oldest first. */
    history?: WireHistoryEntry[];
  };
