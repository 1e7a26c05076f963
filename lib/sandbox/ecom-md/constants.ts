// ECOM.md statuses, the workflow table of platforms.md section 6, and every choice we had to make.
// Independent reading of platforms.md §1 and §6; the adapter (lib/platforms/ecom-md) keeps its own on purpose.

/** The 17 order statuses of the seed, in their snake_case form (the help centre prints them without underscores). */
export const ECOM_STATUSES = [
  "new",
  "confirmed",
  "canceled",
  "done",
  "in_collection",
  "collected_with_changes",
  "to_be_returned_in_two_days",
  "collected",
  "completed_and_closed",
  "returned_to_warehouse",
  "changed_and_closed",
  "at_courier_sort_center",
  "on_delivery",
  "delivery_date_moved",
  "client_no_answer",
  "recipient_not_at_home",
  "customer_refusal",
] as const;

export type EcomStatus = (typeof ECOM_STATUSES)[number];

const BY_STRIPPED_FORM = new Map<string, EcomStatus>(ECOM_STATUSES.map((s) => [s.replace(/_/g, ""), s]));

/** Accepts both `in_collection` and `incollection` (quirk: the vendor's docs strip underscores). */
export function normalizeStatus(value: string): EcomStatus | null {
  return BY_STRIPPED_FORM.get(value.trim().toLowerCase().replace(/_/g, "")) ?? null;
}

/** platforms.md section 6, ecom-md "set status": the only moves an upsert may make. */
export const ECOM_STATUS_TRANSITIONS: Readonly<Record<EcomStatus, readonly EcomStatus[]>> = {
  new: ["confirmed", "canceled"],
  confirmed: ["in_collection", "canceled"],
  in_collection: ["collected", "collected_with_changes"],
  collected: ["on_delivery", "at_courier_sort_center"],
  collected_with_changes: ["on_delivery", "at_courier_sort_center"],
  at_courier_sort_center: ["on_delivery"],
  on_delivery: ["done", "delivery_date_moved", "client_no_answer", "recipient_not_at_home", "customer_refusal"],
  delivery_date_moved: ["on_delivery", "to_be_returned_in_two_days"],
  client_no_answer: ["on_delivery", "to_be_returned_in_two_days"],
  recipient_not_at_home: ["on_delivery", "to_be_returned_in_two_days"],
  customer_refusal: ["returned_to_warehouse"],
  to_be_returned_in_two_days: ["returned_to_warehouse"],
  done: ["completed_and_closed", "changed_and_closed"],
  canceled: [],
  completed_and_closed: [],
  changed_and_closed: [],
  returned_to_warehouse: [],
};

/** platforms.md section 6, ecom-md "delete item". */
export const ITEM_DELETABLE_STATUSES: readonly EcomStatus[] = ["new", "confirmed", "in_collection"];

/** Everything platforms.md marks [assumed] or leaves unpublished, in one place so a live tenant can correct it. */
export const ECOM_ASSUMED = {
  /** DRF PageNumberPagination: default and max page_size ([vendor] numbers; a larger page_size is clamped). */
  defaultPageSize: 100,
  maxPageSize: 5000,
  /** [assumed] No ordering parameter → newest first (created_at desc, then id desc). */
  defaultOrdering: "-created_at",
  /** `created_after` keeps orders created at or after that second. */
  createdAfterInclusive: true,
  /** Accept-Language values the API localizes to; anything else falls back to the first (ro). */
  languages: ["ro", "ru", "en", "uk"] as const,
  /** Single-currency platform: money is MDL decimal strings and there is no currency field. */
  currency: "MDL",
  /** An item's charged unit price is its loyalty_price when set, else its price. */
  loyaltyPriceWins: true,
  /** The upsert answers 200 with the upserted orders as read (not DRF's usual 201). */
  upsertStatus: 200,
  /** In an upsert item, `order_id` names the order ITEM (seed: `"order_id": 12` inside order 294); an unknown one adds a new item. */
  itemIdField: "order_id",
  /** Upserted `rrn` (bank retrieval reference number) is what the read shape calls payment.transaction_id. */
  rrnField: "payment.transaction_id",
  /** Items an upsert does not mention are kept (removal is DELETE /external/external-order-item/{id}/). */
  upsertKeepsUnmentionedItems: true,
  /**
   * The stricter reading of the upsert: it REPLACES these with what it sends (absent = cleared; an address sent
   * replaces the whole address). See upsert/validate.ts. `shop` is kept when absent.
   */
  upsertReplaces: ["rrn", "promocode", "address"] as const,
  /** The API token's group: its orders are the ones listed. */
  tokenGroup: 1,
  /** Delivery prices in MDL cents by delivery_type; "standart" is the vendor's own spelling. */
  deliveryCents: { standart: 5000, express: 10000, pickup: 0 } as Record<string, number>,
  /** Standard delivery is free from this subtotal (cents). */
  freeDeliveryFromCents: 100_000,
} as const;

export type Language = (typeof ECOM_ASSUMED.languages)[number];
