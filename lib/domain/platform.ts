// The five platforms Orderdeck speaks to, by the slug used everywhere (URLs, database, adapters, sandbox).
export const PLATFORM_IDS = ["ecom-md", "merchantpro", "akinon-seller-center", "retailys", "akinon-omnitron"] as const;
export type PlatformId = (typeof PLATFORM_IDS)[number];

export const PLATFORM_LABELS: Record<PlatformId, string> = {
  "ecom-md": "ECOM.md",
  merchantpro: "MerchantPro",
  "akinon-seller-center": "Akinon Seller Center",
  retailys: "Retailys",
  "akinon-omnitron": "Akinon Omnitron",
};

export function isPlatformId(value: unknown): value is PlatformId {
  return typeof value === "string" && (PLATFORM_IDS as readonly string[]).includes(value);
}
