// Retailys REST API v1 (Czechia), imitated: https://api.retailys.com/v1/System/Orders... under /retailys.
import type { PlatformFactory, SandboxPlatform } from "../core/types";
import { handle } from "./routes";
import { shopControls } from "./shop";
import { Store } from "./store";
import type { SandboxEntry } from "../core/types";
import { CREDENTIALS } from "./credentials";

export const createRetailysSandbox: PlatformFactory = (options): SandboxPlatform => {
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
};

/** This imitation as the sandbox's registry lists it (lib/sandbox/platforms.ts). */
export const retailysSandbox = {
  create: createRetailysSandbox,
  credentials: CREDENTIALS,
  demoShopName: "Praha Home (Retailys)",
} satisfies SandboxEntry;
