// The deterministic data set: `count` generated orders (customers, addresses, items, plans) from
// options.seed, plus the seed document's example records and the records they reference.
import { platformSeed, Random } from "../core/random";
import type { PlatformOptions } from "../core/types";
import { PLATFORM_ID } from "./constants";
import { buildOrder, type BuiltOrder, type OrderInput } from "./order-builder";
import { address, person } from "./people";
import { pickScenario, placedAt, type Scenario } from "./scenario";
import { SEED_RECORD_TIME, SEED_REFERENCES, seedRecords } from "./seed-examples";
import { Store } from "./store";
import type { SellerCenterVariant } from "./variant";

/** 1–6 items per order, most orders small [assumed weights]. */
const ITEM_COUNTS = [
  [1, 45],
  [2, 25],
  [3, 15],
  [4, 8],
  [5, 4],
  [6, 3],
] as const;

function uniqueNumber(rng: Random, taken: Set<string>): string {
  for (;;) {
    const number = String(rng.int(10_000_000, 99_999_999));
    if (!taken.has(number)) {
      taken.add(number);
      return number;
    }
  }
}

/** A customer with a delivery address and, for a quarter of orders, a separate (often corporate) billing address. */
function customerAddresses(store: Store, rng: Random, time: number) {
  const who = person(rng);
  const shipping = address(rng, rng.uuid(), who, false);
  const billing = rng.chance(0.25) ? address(rng, rng.uuid(), who, rng.chance(0.6)) : shipping;
  for (const wire of [shipping, billing]) store.addAddress({ wire, createdAt: time, updatedAt: time });
  return { shippingAddress: shipping.id, billingAddress: billing.id };
}

function addBuilt(store: Store, built: BuiltOrder): void {
  store.addOrder(built.order, built.items);
  for (const plan of built.plans) store.addPlan(plan);
}

function generated(
  store: Store,
  rng: Random,
  now: number,
  taken: Set<string>,
  scenario: Scenario,
  overrides: Partial<OrderInput> = {},
) {
  const placed = overrides.placedAt ?? placedAt(rng, scenario, now);
  const itemCount = rng.weighted(ITEM_COUNTS);
  const input: OrderInput = {
    id: rng.uuid(),
    number: uniqueNumber(rng, taken),
    itemIds: Array.from({ length: itemCount }, () => rng.uuid()),
    ...customerAddresses(store, rng, placed),
    placedAt: placed,
    scenario,
    ...overrides,
  };
  return buildOrder(rng, now, input);
}

/** The seed's example order and item (verbatim), its address, and the seed's address example. */
function addSeedExamples(store: Store, rng: Random, now: number, taken: Set<string>): void {
  const seed = seedRecords();
  const at = { createdAt: SEED_RECORD_TIME, updatedAt: SEED_RECORD_TIME };
  const order = { wire: seed.order, placedAt: Date.parse(seed.order.date_placed), ...at };
  taken.add(seed.order.number);
  store.addOrder(order, [{ wire: seed.item, order, ...at }]);
  store.addAddress({ wire: address(rng, SEED_REFERENCES.exampleOrderAddressId, person(rng), false), ...at });
  store.addAddress({ wire: seed.address, ...at });

  // The plan's order: a packaged order whose customer asked to cancel, waiting for the refund.
  const built = generated(
    store,
    rng,
    now,
    taken,
    { kind: "cancel", preStage: 400, planStatus: "waiting" },
    {
      id: SEED_REFERENCES.planOrderId,
      itemIds: [...SEED_REFERENCES.planItemIds],
      placedAt: Math.floor((now - 3 * 86_400_000) / 1000) * 1000,
      invoice: SEED_REFERENCES.planInvoiceNumber,
    },
  );
  const generatedPlan = built.plans[0];
  if (!generatedPlan) throw new Error("the seed plan's order must have a plan");
  // The seed's own plan replaces the generated one (its amounts are the document's, verbatim).
  addBuilt(store, { ...built, plans: [{ ...generatedPlan, wire: seed.plan }] });
}

/**
 * An order placed at `at` (the shop controls: a customer checks out now), built like the generated ones: new
 * customer addresses, 1–6 items, all Approve Waiting (100). Every record is created and updated at `at`.
 */
export function placeOrder(store: Store, rng: Random, at: number): string {
  const taken = new Set(store.orders.map((order) => order.wire.number));
  const built = generated(store, rng, at, taken, { kind: "flow", stage: 100, rejectOne: false }, { placedAt: at });
  // The generator stamps created_at a few seconds after placing; an order placed now is created now.
  for (const record of [built.order, ...built.items]) {
    record.createdAt = at;
    record.updatedAt = at;
  }
  addBuilt(store, built);
  store.sort();
  return built.order.wire.id;
}

export function generateStore(options: PlatformOptions, variant?: Pick<SellerCenterVariant, "seedExamples">): Store {
  const rng = new Random(platformSeed(options.seed, PLATFORM_ID));
  const store = new Store(rng);
  const taken = new Set<string>();
  if (variant?.seedExamples !== false) addSeedExamples(store, rng, options.now, taken);
  for (let i = 0; i < options.count; i++) {
    addBuilt(store, generated(store, rng, options.now, taken, pickScenario(rng)));
  }
  store.sort();
  return store;
}
