// The seed document's two example orders (seed 004, the /api/i1/orders/ response), verbatim in ./seed-examples/.
import order1 from "./seed-examples/order-1.json" with { type: "json" };
import order2 from "./seed-examples/order-2.json" with { type: "json" };
import type { Order } from "./types";

const typed1: Order = order1;
const typed2: Order = order2;

/** Fresh copies, so a sandbox's state changes never touch the imported JSON (a reset starts from the seed again). */
export function seedOrders(): Order[] {
  return [structuredClone(typed1), structuredClone(typed2)];
}

export const SEED_EXAMPLE_ORDERS: readonly Order[] = [typed1, typed2];
