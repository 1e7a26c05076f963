// Retailys REST API v1 (Czechia), imitated: https://api.retailys.com/v1/System/Orders... under /retailys.
import type { PlatformFactory, SandboxPlatform } from "../core/types";
import { handle } from "./routes";
import { shopControls } from "./shop";
import { Store } from "./store";

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
    shop: shopControls(store, options),
  };
};
