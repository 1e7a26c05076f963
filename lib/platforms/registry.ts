// Platform id → adapter. A new platform is a new folder plus one line here.
import "server-only";
import type { PlatformId } from "../domain/platform";
import { akinonOmnitronAdapter } from "./akinon-omnitron";
import { akinonSellerCenterAdapter } from "./akinon-seller-center";
import { ecomMdAdapter } from "./ecom-md";
import { merchantProAdapter } from "./merchantpro";
import { retailysAdapter } from "./retailys";
import type { PlatformAdapter } from "./types";

export const ADAPTERS: Record<PlatformId, PlatformAdapter> = {
  "ecom-md": ecomMdAdapter,
  merchantpro: merchantProAdapter,
  "akinon-seller-center": akinonSellerCenterAdapter,
  retailys: retailysAdapter,
  "akinon-omnitron": akinonOmnitronAdapter,
};

export function getAdapter(platform: PlatformId): PlatformAdapter {
  return ADAPTERS[platform];
}
