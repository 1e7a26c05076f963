// The imitated platforms, by id. A new platform is a folder plus one line here.
import { akinonOmnitronSandbox } from "./akinon-omnitron";
import { akinonSellerCenterSandbox } from "./akinon-seller-center";
import type { PlatformFactory } from "./core/types";
import { ecomMdSandbox } from "./ecom-md";
import { merchantProSandbox } from "./merchantpro";
import { retailysSandbox } from "./retailys";

export const SANDBOX_PLATFORMS = {
  "ecom-md": ecomMdSandbox,
  merchantpro: merchantProSandbox,
  "akinon-seller-center": akinonSellerCenterSandbox,
  retailys: retailysSandbox,
  "akinon-omnitron": akinonOmnitronSandbox,
};

/** The platforms this sandbox imitates. */
export type SandboxPlatformId = keyof typeof SANDBOX_PLATFORMS;

export const SANDBOX_PLATFORM_IDS = Object.keys(SANDBOX_PLATFORMS) as SandboxPlatformId[];

export const SANDBOX_FACTORIES: Record<string, PlatformFactory> = Object.fromEntries(
  SANDBOX_PLATFORM_IDS.map((id) => [id, SANDBOX_PLATFORMS[id].create]),
);
