// ECOM.md "Order Sync API" (Moldova) imitation: DRF-style `/external/...` endpoints, two tokens,
// 17 order statuses moved by upserting the order. See routes.ts for the URL table.
import type { PlatformFactory } from "../core/types";
import { serverError } from "./errors";
import { route } from "./routes";
import { shopControls } from "./shop";
import { createStore } from "./store";
import type { SandboxEntry } from "../core/types";
import { CREDENTIALS } from "./credentials";

export const createEcomMdSandbox: PlatformFactory = (options) => {
  const store = createStore(options);
  return {
    id: "ecom-md",
    handle: (req) => route(store, req),
    serverError,
    orderCount: () => store.orders.length,
    shop: shopControls(store, options),
  };
};

/** This imitation as the sandbox's registry lists it (lib/sandbox/platforms.ts). */
export const ecomMdSandbox = {
  create: createEcomMdSandbox,
  credentials: CREDENTIALS,
  demoShopName: "Chișinău Electronics (ECOM.md)",
} satisfies SandboxEntry;
