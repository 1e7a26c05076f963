// ECOM.md "Order Sync API" (Moldova) imitation: DRF-style `/external/...` endpoints, two tokens,
// 17 order statuses moved by upserting the order. See routes.ts for the URL table.
import { registryEntry } from "../core/registry";
import type { PlatformOptions, SandboxPlatform } from "../core/types";
import { CREDENTIALS } from "./credentials";
import { ownApi } from "./own-api";
import { serverError } from "./errors";
import { route } from "./routes";
import { shopControls } from "./shop";
import { createStore } from "./store";

/** This imitation as the sandbox's registry lists it (lib/sandbox/platforms.ts). */
export const ecomMdSandbox = registryEntry({
  demoShopName: "Chișinău Electronics (ECOM.md)",
  credentials: CREDENTIALS,
  create: createEcomMdSandbox,
  ownApi,
});

export function createEcomMdSandbox(options: PlatformOptions): SandboxPlatform {
  const store = createStore(options);
  return {
    id: "ecom-md",
    handle: (req) => route(store, req),
    serverError,
    orderCount: () => store.orders.length,
    shop: shopControls(store, options),
  };
}
