// The five imitated platforms, by id. A new platform is a folder plus one line here.
import { createAkinonOmnitronSandbox } from "./akinon-omnitron";
import { createAkinonSellerCenterSandbox } from "./akinon-seller-center";
import type { PlatformFactory, SandboxPlatformId } from "./core/types";
import { createEcomMdSandbox } from "./ecom-md";
import { createMerchantProSandbox } from "./merchantpro";
import { createRetailysSandbox } from "./retailys";

export const SANDBOX_FACTORIES: Record<SandboxPlatformId, PlatformFactory> = {
  "ecom-md": createEcomMdSandbox,
  merchantpro: createMerchantProSandbox,
  "akinon-seller-center": createAkinonSellerCenterSandbox,
  retailys: createRetailysSandbox,
  "akinon-omnitron": createAkinonOmnitronSandbox,
};
