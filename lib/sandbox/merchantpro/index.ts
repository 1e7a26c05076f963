// MerchantPro (Romania) API v2 imitation: /api/v2/orders with Basic auth, start/limit paging, filters,
// `fields` / `include=line_items`, PATCH handlers for the shipping workflow and invoices.
import { platformSeed, Random } from "../core/random";
import { registryEntry } from "../core/registry";
import type { PlatformOptions, SandboxPlatform } from "../core/types";
import { BasicAuth } from "./auth";
import { CREDENTIALS } from "./credentials";
import { ownApi } from "./own-api";
import { generateOrders } from "./data";
import { serverError } from "./errors";
import { route } from "./routes";
import { seedRecords } from "./seed-records";
import { shopControls } from "./shop";
import { Store } from "./store";
import type { OrderRecord } from "./types";
import { readVariant } from "./variant";

/** This imitation as the sandbox's registry lists it (lib/sandbox/platforms.ts). */
export const merchantProSandbox = registryEntry({
  demoShopName: "Bucharest Shoes (MerchantPro)",
  credentials: CREDENTIALS,
  create: createMerchantProSandbox,
  ownApi,
});

export interface MerchantProDeps {
  /** The clock for date_modified/date_shipped and the auth lockout window (tests pass a fake one). */
  clock?: () => number;
}

export function createMerchantProSandbox(options: PlatformOptions, deps: MerchantProDeps = {}): SandboxPlatform {
  const clock = deps.clock ?? Date.now;
  const seed = platformSeed(options.seed, "merchantpro");
  const generated = generateOrders(new Random(seed), options.count, options.now);
  // The seed's records draw from their own stream, so they do not shift the generated data (and vice versa).
  const examples = seedRecords(new Random(platformSeed(seed, "seed-records")));
  const store = new Store([...examples, ...(generated as OrderRecord[])]);
  const ctx = { store, auth: new BasicAuth(clock), clock, variant: readVariant(options.variant, store.entries) };
  return {
    id: "merchantpro",
    handle: (req) => route(ctx, req),
    serverError,
    orderCount: () => store.entries.length,
    shop: shopControls(store, options, clock),
  };
}
