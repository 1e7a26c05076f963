// Omnitron's `shipping_company` is a slug (the seed shows "other"); the carriers a Turkish shop uses, their names
// and tracking pages. [assumed] Neither the slugs beyond "other" nor the tracking links are published by Akinon.
import { humanize } from "../wire";

interface Carrier {
  label: string;
  /** Other spellings people type ("Yurtici Kargo"), folded to ASCII lower-case. */
  aliases: readonly string[];
  trackingUrl: ((number: string) => string) | null;
}

const q = encodeURIComponent;

export const CARRIERS: Readonly<Record<string, Carrier>> = {
  yurtici: {
    label: "Yurtiçi Kargo",
    aliases: ["yurtici kargo"],
    trackingUrl: (n) => `https://www.yurticikargo.com/tr/online-servisler/gonderi-sorgula?code=${q(n)}`,
  },
  aras: {
    label: "Aras Kargo",
    aliases: ["aras kargo"],
    trackingUrl: (n) => `https://kargotakip.araskargo.com.tr/mainpage.aspx?code=${q(n)}`,
  },
  mng: {
    label: "MNG Kargo",
    aliases: ["mng kargo"],
    trackingUrl: (n) => `https://www.mngkargo.com.tr/gonderi-takip/?takipNo=${q(n)}`,
  },
  ptt: {
    label: "PTT Kargo",
    aliases: ["ptt kargo"],
    trackingUrl: (n) => `https://gonderitakip.ptt.gov.tr/Track/Verify?q=${q(n)}`,
  },
  ups: { label: "UPS", aliases: ["ups kargo"], trackingUrl: (n) => `https://www.ups.com/track?tracknum=${q(n)}` },
  hepsijet: {
    label: "HepsiJET",
    aliases: ["hepsi jet"],
    trackingUrl: (n) => `https://www.hepsijet.com/gonderi-takibi/${q(n)}`,
  },
  surat: {
    label: "Sürat Kargo",
    aliases: ["surat kargo"],
    trackingUrl: (n) => `https://www.suratkargo.com.tr/KargoTakip/?kargotakipno=${q(n)}`,
  },
  sendeo: { label: "Sendeo", aliases: [], trackingUrl: null },
  other: { label: "Other", aliases: ["diger"], trackingUrl: null },
};

export function carrierLabel(slug: string | null | undefined): string | null {
  if (!slug) return null;
  return CARRIERS[slug]?.label ?? humanize(slug);
}

export function trackingUrl(slug: string | null | undefined, number: string): string | null {
  return (slug && CARRIERS[slug]?.trackingUrl?.(number)) || null;
}

const TURKISH: Record<string, string> = { ç: "c", ğ: "g", ı: "i", ö: "o", ş: "s", ü: "u" };

/** Lower-case ASCII: "Yurtiçi KARGO" and "yurtici kargo" compare equal. */
function fold(text: string): string {
  return text
    .trim()
    .toLocaleLowerCase("tr")
    .replace(/[çğıöşü]/g, (char) => TURKISH[char] ?? char)
    .replace(/\s+/g, " ");
}

/** What a person typed ("Yurtiçi Kargo", "ARAS") → Omnitron's slug; anything unknown goes as typed, lower-case. */
export function carrierSlug(input: string): string {
  const typed = fold(input);
  for (const [slug, carrier] of Object.entries(CARRIERS)) {
    if (typed === slug || fold(carrier.label) === typed || carrier.aliases.includes(typed)) return slug;
  }
  return typed;
}
