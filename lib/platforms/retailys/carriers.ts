// Retailys: POST /tracking takes a `shipperId` (an int of the instance's carrier list, which the API does not
// publish), so a carrier name maps to it here. [assumed] The ids are a typical Czech instance's; the tracking
// pages are the carriers' public ones (used when an answer carries no `trackingUrl`).

export interface Carrier {
  shipperId: number;
  name: string;
  /** Other spellings people type, folded to ASCII lower-case ("ceska posta", "packeta"). */
  aliases: readonly string[];
  trackingUrl: (trackingNumber: string) => string;
}

const q = encodeURIComponent;

export const KNOWN_CARRIERS: readonly Carrier[] = [
  {
    shipperId: 1,
    name: "Česká pošta",
    aliases: ["cp", "czech post", "posta", "balikovna"],
    trackingUrl: (n) => `https://www.postaonline.cz/trackandtrace/-/zasilka/cislo?parcelNumbers=${q(n)}`,
  },
  {
    shipperId: 2,
    name: "PPL",
    aliases: ["ppl cz"],
    trackingUrl: (n) => `https://www.ppl.cz/vyhledat-zasilku?shipmentId=${q(n)}`,
  },
  {
    shipperId: 3,
    name: "DPD",
    aliases: ["dpd cz"],
    trackingUrl: (n) => `https://tracking.dpd.de/status/cs_CZ/parcel/${q(n)}`,
  },
  {
    shipperId: 4,
    name: "Zásilkovna",
    aliases: ["packeta"],
    trackingUrl: (n) => `https://tracking.packeta.com/cs/?id=${q(n)}`,
  },
  {
    shipperId: 5,
    name: "GLS",
    aliases: ["gls cz"],
    trackingUrl: (n) => `https://gls-group.com/CZ/cs/sledovani-zasilek?match=${q(n)}`,
  },
];

/** "Česká pošta" → "ceska posta": case, accents and extra spaces do not matter when matching a name. */
export function foldName(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

export function carrierById(shipperId: string | number | null | undefined): Carrier | undefined {
  return KNOWN_CARRIERS.find((carrier) => String(carrier.shipperId) === String(shipperId));
}

/** A carrier by name, alias or shipper id as typed by a person. */
export function findCarrier(input: string): Carrier | undefined {
  const wanted = foldName(input);
  if (/^\d+$/.test(wanted)) return carrierById(wanted);
  return KNOWN_CARRIERS.find((c) => foldName(c.name) === wanted || c.aliases.includes(wanted));
}
