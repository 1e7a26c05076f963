// The sandbox's in-memory records for ECOM.md; rendered to the wire shape in render.ts.
import type { EcomStatus, Language } from "./constants";

/** A text in the four languages the API localizes (`*_ro`, `*_ru`, `*_en`, `*_uk`). */
export type Localized = Record<Language, string>;

export interface Region {
  id: number;
  name: Localized;
}

export interface Locality {
  id: number;
  regionId: number;
  zipCode: number;
  name: Localized;
}

export interface Sector {
  id: number;
  name: Localized;
}

export interface Shop {
  id: number;
  group: number;
  name: Localized;
  address: Localized;
  phone: string;
  regionId: number;
  localityId: number;
  sectorId: number | null;
  workHours: string;
}

export interface Product {
  id: number;
  code: string;
  name: Localized;
  priceCents: number;
}

export interface PromoCode {
  id: number;
  code: string;
  name: Localized;
  /** "percent": value is a percentage; "fixed": value is MDL cents. */
  discountType: "percent" | "fixed";
  value: number;
  isActive: boolean;
  validUntil: string;
}

export interface AddressRecord {
  id: number;
  storeId: number | null;
  regionId: number;
  localityId: number;
  sectorId: number | null;
  text: Localized;
  addressType: string | null;
  zipCode: number | null;
}

export interface CompanyDetails {
  fiscalCode: string;
  juridicalAddress: string;
  iban: string;
  bankCode: string;
}

export interface ItemRecord {
  id: number;
  productId: number;
  quantity: number;
  priceCents: number;
  loyaltyPriceCents: number | null;
  status: EcomStatus;
}

export interface OrderRecord {
  id: number;
  /** ms since epoch, and the same instant as the wire text (Europe/Chisinau offset), computed once. */
  createdAt: number;
  createdAtText: string;
  shopId: number;
  status: EcomStatus;
  customer: { email: string; name: string; phone: string; dateOfBirth: string | null; company: CompanyDetails | null };
  /** Null once an upsert of the order came without an address (the upsert replaces it [assumed]). */
  address: AddressRecord | null;
  payment: {
    deliveryType: string;
    payMethod: string;
    paymentSystem: string | null;
    months: number | null;
    transactionId: string | null;
    promoCodeId: number | null;
  };
  deliveryCents: number;
  items: ItemRecord[];
}
