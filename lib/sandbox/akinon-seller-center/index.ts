// Akinon Seller Center (marketplace seller API, Turkey), imitated: read-only orders, order items a seller
// may reject, cancellation plans and customer addresses under /api/i1/, with simplejwt Bearer auth.
import type { PlatformOptions, SandboxPlatform } from "../core/types";
import { generateStore } from "./data";
import { serverError } from "./errors";
import type { Clock } from "./jwt";
import { createRouter } from "./routes";

export interface SellerCenterInternals {
  /** The clock tokens expire by and actions are stamped with (tests pass a fake one). */
  clock?: Clock;
}

export function createAkinonSellerCenterSandbox(
  options: PlatformOptions,
  internals: SellerCenterInternals = {},
): SandboxPlatform {
  const clock = internals.clock ?? Date.now;
  const store = generateStore(options);
  return {
    id: "akinon-seller-center",
    handle: createRouter(store, options, clock),
    serverError: (status) => serverError(status),
    orderCount: () => store.orders.length,
  };
}
