// Akinon Omnitron's ERP integration API, imitated: token login, the orders list/detail (i1), is_send and
// order item updates (v1), bulk item status updates and cancellation, over a deterministic Turkish shop.
import type { PlatformFactory } from "../core/types";
import { TokenStore } from "./auth";
import { serverError } from "./errors";
import { route } from "./routes";
import { shopControls } from "./shop";
import { createStore } from "./store";
import type { SandboxEntry } from "../core/types";
import { CREDENTIALS } from "./credentials";

export const createAkinonOmnitronSandbox: PlatformFactory = (options) => {
  const store = createStore(options);
  const tokens = new TokenStore(options.tokenTtlSeconds);
  return {
    id: "akinon-omnitron",
    handle: (req) => route(req, { store, tokens }),
    serverError,
    orderCount: () => store.orders.length,
    shop: shopControls(store, options),
  };
};

/** This imitation as the sandbox's registry lists it (lib/sandbox/platforms.ts). */
export const akinonOmnitronSandbox = {
  create: createAkinonOmnitronSandbox,
  credentials: CREDENTIALS,
  demoShopName: "Ankara Fashion (Omnitron)",
} satisfies SandboxEntry;
