// The instance's sales channels, carriers, shipping and payment methods (reference data the orders point at).
import { API_ORIGIN } from "./constants";

export interface Channel {
  id: number;
  name: string;
  type: "eshop" | "pos" | "marketplace";
  url: string | null;
  currencyCode: string;
  language: string;
}

const CZ_SHOP_URL = "https://www.domaci-potreby.test";

export const CHANNELS: readonly Channel[] = [
  { id: 1, name: "E-shop CZ", type: "eshop", url: CZ_SHOP_URL, currencyCode: "CZK", language: "cs" },
  {
    id: 2,
    name: "E-shop SK",
    type: "eshop",
    url: "https://www.domaci-potreby-sk.test",
    currencyCode: "EUR",
    language: "sk",
  },
  { id: 3, name: "Prodejna Brno", type: "pos", url: null, currencyCode: "CZK", language: "cs" },
  {
    id: 4,
    name: "Heureka Marketplace",
    type: "marketplace",
    url: "https://www.heureka.test",
    currencyCode: "CZK",
    language: "cs",
  },
];

export function findChannel(id: number): Channel | undefined {
  return CHANNELS.find((channel) => channel.id === id);
}

export function channelLink(id: number): { id: number; apiLink: string } {
  return { id, apiLink: `${API_ORIGIN}/v1/System/Channels/${id}` };
}

export interface Shipper {
  id: number;
  name: string;
  trackingUrl: string;
}

export const SHIPPERS: readonly Shipper[] = [
  {
    id: 1,
    name: "Česká pošta",
    trackingUrl: "https://www.postaonline.cz/trackandtrace/-/zasilka/cislo?parcelNumbers=",
  },
  { id: 2, name: "PPL", trackingUrl: "https://www.ppl.cz/vyhledat-zasilku?shipmentId=" },
  { id: 3, name: "DPD", trackingUrl: "https://tracking.dpd.de/status/cs_CZ/parcel/" },
  { id: 4, name: "Zásilkovna", trackingUrl: "https://tracking.packeta.com/cs/?id=" },
  { id: 5, name: "GLS", trackingUrl: "https://gls-group.com/CZ/cs/sledovani-zasilek?match=" },
];

export function findShipper(id: number): Shipper | undefined {
  return SHIPPERS.find((shipper) => shipper.id === id);
}

export interface ShippingMethod {
  name: string;
  czkCents: number;
  eurCents: number | null;
  shipperId: number | null;
}

export const SHIPPING_METHODS: readonly ShippingMethod[] = [
  { name: "Zásilkovna – výdejní místo", czkCents: 7900, eurCents: 299, shipperId: 4 },
  { name: "PPL – doručení na adresu", czkCents: 11900, eurCents: 499, shipperId: 2 },
  { name: "DPD – doručení na adresu", czkCents: 12900, eurCents: 549, shipperId: 3 },
  { name: "Česká pošta – Balík Do ruky", czkCents: 13900, eurCents: null, shipperId: 1 },
  { name: "GLS – doručení na adresu", czkCents: 10900, eurCents: 449, shipperId: 5 },
];

export const PICKUP: ShippingMethod = {
  name: "Osobní odběr – prodejna Brno",
  czkCents: 0,
  eurCents: null,
  shipperId: null,
};

export type PaymentKind = "card" | "transfer" | "cod" | "cash";

export interface PaymentMethod {
  kind: PaymentKind;
  name: string;
  czkCents: number;
  eurCents: number;
}

export const PAYMENT_METHODS: Record<PaymentKind, PaymentMethod> = {
  card: { kind: "card", name: "Platba kartou online", czkCents: 0, eurCents: 0 },
  transfer: { kind: "transfer", name: "Bankovní převod", czkCents: 0, eurCents: 0 },
  cod: { kind: "cod", name: "Dobírka", czkCents: 3900, eurCents: 149 },
  cash: { kind: "cash", name: "Hotově na prodejně", czkCents: 0, eurCents: 0 },
};

/** Customer-facing links: the channel's web (the CZ e-shop for the shop and marketplace), with a per-order token. */
function shopUrl(channelId: number): string {
  const channel = findChannel(channelId);
  return channel?.type === "eshop" && channel.url ? channel.url : CZ_SHOP_URL;
}

function orderToken(id: number): string {
  return (Math.imul(id, 2654435761) >>> 0).toString(16).padStart(8, "0");
}

export function orderUrlFor(id: number, channelId: number): string {
  return `${shopUrl(channelId)}/objednavka/${id}?h=${orderToken(id)}`;
}

export function invoiceUrlFor(id: number, channelId: number): string {
  return `${shopUrl(channelId)}/faktura/${id}.pdf?h=${orderToken(id)}`;
}
