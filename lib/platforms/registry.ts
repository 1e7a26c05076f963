// The platforms Orderdeck speaks to. A new platform is a new folder (lib/platforms/<id>/, its sandbox in
// lib/sandbox/<id>/, its mark in public/platforms/) plus one entry here.
import "server-only";
import type { PlatformId } from "../domain/platform";
import { akinonOmnitronAdapter } from "./akinon-omnitron";
import { akinonSellerCenterAdapter } from "./akinon-seller-center";
import { ecomMdAdapter } from "./ecom-md";
import { merchantProAdapter } from "./merchantpro";
import { retailysAdapter } from "./retailys";
import type { PlatformAdapter } from "./types";

export const ADAPTERS: readonly PlatformAdapter[] = [
  ecomMdAdapter,
  merchantProAdapter,
  akinonSellerCenterAdapter,
  retailysAdapter,
  akinonOmnitronAdapter,
];

const byId = new Map(ADAPTERS.map((adapter) => [adapter.id, adapter]));

export const PLATFORM_IDS: readonly PlatformId[] = ADAPTERS.map((adapter) => adapter.id);

export function isPlatformId(value: unknown): value is PlatformId {
  return typeof value === "string" && byId.has(value);
}

export function getAdapter(platform: PlatformId): PlatformAdapter {
  const adapter = byId.get(platform);
  if (!adapter) throw new Error(`no adapter for platform "${platform}"`);
  return adapter;
}
