// Seller Center's `shipping_company` is a slug (the seed shows "hbexpress") and `cargo_company` the display
// name. [assumed] Akinon publishes neither the slug list nor tracking links: these are the Turkish carriers' own.
import { humanize } from "../wire";

interface Carrier {
  label: string;
  trackingUrl: ((number: string) => string) | null;
}

const q = encodeURIComponent;

export const CARRIERS: Readonly<Record<string, Carrier>> = {
  hbexpress: { label: "HepsiJET", trackingUrl: (n) => `https://www.hepsijet.com/gonderi-takibi/${q(n)}` },
  hepsijet: { label: "HepsiJET", trackingUrl: (n) => `https://www.hepsijet.com/gonderi-takibi/${q(n)}` },
  yurtici: {
    label: "Yurtiçi Kargo",
    trackingUrl: (n) => `https://www.yurticikargo.com/tr/online-servisler/gonderi-sorgula?code=${q(n)}`,
  },
  aras: { label: "Aras Kargo", trackingUrl: (n) => `https://kargotakip.araskargo.com.tr/mainpage.aspx?code=${q(n)}` },
  mng: { label: "MNG Kargo", trackingUrl: (n) => `https://www.mngkargo.com.tr/gonderi-takip/?takipNo=${q(n)}` },
  ptt: { label: "PTT Kargo", trackingUrl: (n) => `https://gonderitakip.ptt.gov.tr/Track/Verify?q=${q(n)}` },
  surat: { label: "Sürat Kargo", trackingUrl: (n) => `https://www.suratkargo.com.tr/KargoTakip/?kargotakipno=${q(n)}` },
  ups: { label: "UPS", trackingUrl: (n) => `https://www.ups.com/track?tracknum=${q(n)}` },
};

/** The carrier's name: the platform's own display name when it sent one, else ours for the slug. */
export function carrierLabel(slug: string | null | undefined, displayName?: string | null): string | null {
  if (displayName?.trim()) return displayName.trim();
  if (!slug) return null;
  return CARRIERS[slug.toLowerCase()]?.label ?? humanize(slug);
}

export function trackingUrl(slug: string | null | undefined, number: string): string | null {
  return (slug && CARRIERS[slug.toLowerCase()]?.trackingUrl?.(number)) || null;
}
