// Other plausible readings of the Seller Center docs, chosen per test through the sandbox's `variants`:
//   listOrder            the order list's default order: "newest-first" (our default reading), "oldest-first"
//                        (Django's insertion order), or "unsorted" (by id, no date order at all);
//   ordering             whether DRF's OrderingFilter (`?ordering=-date_placed`) is installed; by default only
//                        with the newest-first reading, and never with ignoreUnknownFilters;
//   ignoreUnknownFilters only the parameters the seed lists exist: the items' `order` and the addresses'
//                        `id__in` are ignored, as django-filter ignores any parameter it does not declare;
//   shapes               "seed" (every record as the seed shows it) or "varied" (ids, money, references and
//                        odd fields in the other shapes a tenant may send; two orders broken beyond reading);
//   seedExamples         false leaves the seed's two example orders out (a really empty or tiny shop);
//   itemOnlyStamps       a change that starts at an item (a reject, a fulfilment step, a refund) moves only the
//                        items' `updated_at`: the order's status follows them but its own `updated_at` stays, as
//                        when the order row is written without auto_now (so `orders/?updated_at__gte=` misses it).
// Unknown keys are ignored, as the core asks.

export interface SellerCenterVariant {
  listOrder: "newest-first" | "oldest-first" | "unsorted";
  ordering: boolean;
  ignoreUnknownFilters: boolean;
  shapes: "seed" | "varied";
  seedExamples: boolean;
  itemOnlyStamps: boolean;
}

const LIST_ORDERS = ["newest-first", "oldest-first", "unsorted"] as const;

export function readVariant(raw: Readonly<Record<string, unknown>> = {}): SellerCenterVariant {
  const listOrder = LIST_ORDERS.find((value) => value === raw.listOrder) ?? "newest-first";
  const ignoreUnknownFilters = raw.ignoreUnknownFilters === true;
  const ordering =
    !ignoreUnknownFilters && (typeof raw.ordering === "boolean" ? raw.ordering : listOrder === "newest-first");
  return {
    listOrder,
    ordering,
    ignoreUnknownFilters,
    shapes: raw.shapes === "varied" ? "varied" : "seed",
    seedExamples: raw.seedExamples !== false,
    itemOnlyStamps: raw.itemOnlyStamps === true,
  };
}
