// Akinon Omnitron's ERP integration API, imitated: token login, the orders list/detail (i1), is_send and
// order item updates (v1), bulk item status updates and cancellation, over a deterministic Turkish shop.
import { registryEntry } from "../core/registry";
import type { PlatformOptions, SandboxPlatform } from "../core/types";
import { TokenStore } from "./auth";
import { CREDENTIALS } from "./credentials";
import { ownApi } from "./own-api";
import { serverError } from "./errors";
import { route } from "./routes";
import { shopControls } from "./shop";
import { createStore } from "./store";

/** This imitation as the sandbox's registry lists it (lib/sandbox/platforms.ts). */
export const akinonOmnitronSandbox = registryEntry({
  demoShopName: "Ankara Fashion (Omnitron)",
  credentials: CREDENTIALS,
  create: createAkinonOmnitronSandbox,
  ownApi,
});

export function createAkinonOmnitronSandbox(options: PlatformOptions): SandboxPlatform {
  const store = createStore(options);
  const tokens = new TokenStore(options.tokenTtlSeconds);
  return {
    id: "akinon-omnitron",
    handle: (req) => route(req, { store, tokens }),
    serverError,
    orderCount: () => store.orders.length,
    shop: shopControls(store, options),
  };
}
