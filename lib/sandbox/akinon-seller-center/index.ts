// Akinon Seller Center (marketplace seller API, Turkey), imitated: read-only orders, order items a seller
// may reject, cancellation plans and customer addresses under /api/i1/, with simplejwt Bearer auth.
import { registryEntry } from "../core/registry";
import type { PlatformOptions, SandboxPlatform } from "../core/types";
import { CREDENTIALS } from "./credentials";
import { ownApi } from "./own-api";
import { generateStore } from "./data";
import { serverError } from "./errors";
import type { Clock } from "./jwt";
import { createRouter } from "./routes";
import { SEED_SHAPES, variedShapes } from "./shapes";
import { shopControls } from "./shop";
import { readVariant } from "./variant";

/** This imitation as the sandbox's registry lists it (lib/sandbox/platforms.ts); a connection signs in with
 *  e-mail and password (the sandbox also accepts the static token). */
export const akinonSellerCenterSandbox = registryEntry({
  demoShopName: "Istanbul Marketplace (Seller Center)",
  credentials: CREDENTIALS,
  create: createAkinonSellerCenterSandbox,
  ownApi,
  connectionFields: ["email", "password"],
});

export interface SellerCenterInternals {
  /** The clock tokens expire by and actions are stamped with (tests pass a fake one). */
  clock?: Clock;
}

export function createAkinonSellerCenterSandbox(
  options: PlatformOptions,
  internals: SellerCenterInternals = {},
): SandboxPlatform {
  const clock = internals.clock ?? Date.now;
  const variant = readVariant(options.variant);
  const store = generateStore(options, variant);
  const shapes = variant.shapes === "varied" ? variedShapes(store) : SEED_SHAPES;
  return {
    id: "akinon-seller-center",
    handle: createRouter(store, options, clock, { variant, shapes }),
    serverError: (status) => serverError(status),
    orderCount: () => store.orders.length,
    shop: shopControls(store, options, clock, variant),
  };
}
