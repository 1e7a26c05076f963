// Retailys REST API v1 (Czechia), imitated: https://api.retailys.com/v1/System/Orders... under /retailys.
import { registryEntry } from "../core/registry";
import type { PlatformOptions, SandboxPlatform } from "../core/types";
import { CREDENTIALS } from "./credentials";
import { ownApi } from "./own-api";
import { handle } from "./routes";
import { shopControls } from "./shop";
import { Store } from "./store";

/** This imitation as the sandbox's registry lists it (lib/sandbox/platforms.ts). */
export const retailysSandbox = registryEntry({
  demoShopName: "Praha Home (Retailys)",
  credentials: CREDENTIALS,
  create: createRetailysSandbox,
  ownApi,
});

export function createRetailysSandbox(options: PlatformOptions): SandboxPlatform {
  const store = new Store(options);
  return {
    id: "retailys",
    handle: (req) => handle(store, req),
    serverError: (status, message) => ({
      status,
      body:
        status === 429
          ? {
              message: "Too many requests.",
              detail: "The API allows 100 requests per second per IP; retry after the Retry-After seconds.",
            }
          : { message, detail: "The server encountered an unexpected condition. Try again later." },
    }),
    orderCount: () => store.size,
    // 100 requests/s per IP [vendor], then 429 with Retry-After.
    documentedRateLimit: 100,
    shop: shopControls(store, options),
  };
}
