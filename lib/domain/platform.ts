import type { OrderListSort } from "./query";

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

/** One field of the connection form, as each adapter declares it. */
export interface FormField {
  name: string;
  label: string;
  /** Secrets are stored encrypted, masked in every answer, and kept when an edit leaves them empty. */
  secret: boolean;
  required: boolean;
  placeholder?: string;
  help?: string;
}

/** The list filters a platform may apply natively (the others Orderdeck applies after reading). */
export type OrderFilterKey = "stage" | "status" | "placedAt" | "q" | "total" | "currency" | "erp";

/** What the browser may know of a platform (GET /api/platforms): form fields and capabilities. */
export interface PlatformDescription {
  id: PlatformId;
  label: string;
  credentialFields: FormField[];
  optionFields: FormField[];
  filters: OrderFilterKey[];
  sorts: OrderListSort[];
}
