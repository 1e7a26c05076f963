// The seed document's four example responses (seed-examples/*.json, verbatim) and the records in them.
import cancellationPlansPage from "./seed-examples/cancellation-plans.json" with { type: "json" };
import customerAddressesPage from "./seed-examples/customer-addresses.json" with { type: "json" };
import orderItemsPage from "./seed-examples/order-items.json" with { type: "json" };
import ordersPage from "./seed-examples/orders.json" with { type: "json" };
import type { CancellationPlanWire, CustomerAddressWire, OrderItemWire, OrderWire } from "./types";

/** The seed's example pages, exactly as documented (for the tests to compare against). */
export const SEED_PAGES = {
  orders: ordersPage,
  orderItems: orderItemsPage,
  cancellationPlans: cancellationPlansPage,
  customerAddresses: customerAddressesPage,
} as const;

/** The records of the seed's cancellation plan example that the seed does not show but references. */
export const SEED_REFERENCES = {
  /** the address the seed's example order names as shipping and billing address */
  exampleOrderAddressId: "a4c0eb06-9ad5-40a1-adc2-d4ea4a9aed32",
  /** the order and the two items of the seed's cancellation plan */
  planOrderId: "6e5877a9-5a03-48e6-8425-d4be178de83e",
  planItemIds: ["f35de315-61b5-4b13-b101-82c3f873bd1f", "5481430a-fb72-4d07-bb1d-81dcb9461c5d"],
  /** the plan names invoice "1234", so its order was invoiced under that number */
  planInvoiceNumber: "1234",
} as const;

/** The seed's dates: 2019-01-01T00:00:00Z; the internal created_at/updated_at of the seed records [assumed]. */
export const SEED_RECORD_TIME = Date.parse("2019-01-01T00:00:00Z");

function only<T>(page: { results: readonly unknown[] }): T {
  const [record] = page.results;
  if (record === undefined) throw new Error("seed example page without a record");
  // A fresh copy per sandbox, so a reset never sees a record mutated by an earlier run.
  return structuredClone(record) as T;
}

export function seedRecords() {
  return {
    order: only<OrderWire>(ordersPage),
    item: only<OrderItemWire>(orderItemsPage),
    plan: only<CancellationPlanWire>(cancellationPlansPage),
    address: only<CustomerAddressWire>(customerAddressesPage),
  };
}
