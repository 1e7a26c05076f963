// Cargo, invoice and checkout extras of a generated order: Turkish carriers (slug + display name),
// GİB-style e-archive invoice numbers, shipping fees with a free-shipping threshold, gift boxes and notes.
import type { Random } from "../core/random";

const CARRIERS: readonly (readonly [slug: string, name: string, weight: number])[] = [
  ["yurtici", "Yurtiçi Kargo", 30],
  ["aras", "Aras Kargo", 24],
  ["mng", "MNG Kargo", 14],
  ["ptt", "PTT Kargo", 10],
  ["hbexpress", "HepsiJET", 12],
  ["surat", "Sürat Kargo", 10],
];

export interface Shipment {
  company: string;
  companyName: string;
  trackingNumber: string;
  eArchiveUrl(invoice: string): string;
}

/** The e-archive invoice's PDF (GİB portal style) [assumed host]. */
export const eArchiveUrl = (invoice: string) => `https://earsiv.sandbox.test/fatura/${invoice}.pdf`;

export function shipment(rng: Random): Shipment {
  const [company, companyName] = rng.weighted(CARRIERS.map((c) => [c, c[2]] as const));
  // The seed's hbexpress tracking number is 32 hex characters; the classic carriers use digits.
  const trackingNumber = company === "hbexpress" ? rng.chars(32, "0123456789abcdef") : rng.chars(12);
  return {
    company,
    companyName,
    trackingNumber,
    eArchiveUrl,
  };
}

/** An e-archive invoice number: 3-letter series, the year, a 9-digit sequence (e.g. "SCA2025000123456"). */
export function invoiceNumber(rng: Random, invoicedAt: number): string {
  return `SCA${new Date(invoicedAt).getUTCFullYear()}${rng.chars(9)}`;
}

const GIFT_NOTES = ["İyi ki doğdun!", "Yeni yaşın kutlu olsun.", "Seni seviyorum.", "Geçmiş olsun, çabuk iyileş."];
const ORDER_NOTES = [
  "Lütfen hızlı gönderin.",
  "Ürünü hediye olarak gönderiyorum, fiyat etiketini çıkarın.",
  "Teslimattan önce arayınız.",
];

export interface OrderExtras {
  /** shipping fee in cents */
  shipping: number;
  shippingOption: string;
  giftBoxNote: string | null;
  notes: string | null;
}

/** Standard shipping is free from 750 TRY / 50 USD-EUR after discount; express always costs [assumed tariffs]. */
export function orderExtras(rng: Random, currency: string, netCents: number): OrderExtras {
  const express = rng.chance(0.15);
  const lira = currency === "try";
  const fee = express ? (lira ? 8_990 : 1_499) : netCents >= (lira ? 75_000 : 5_000) ? 0 : lira ? 4_990 : 499;
  return {
    shipping: fee,
    shippingOption: express ? "express" : "standard",
    giftBoxNote: rng.chance(0.06) ? rng.pick(GIFT_NOTES) : null,
    notes: rng.chance(0.08) ? rng.pick(ORDER_NOTES) : null,
  };
}
