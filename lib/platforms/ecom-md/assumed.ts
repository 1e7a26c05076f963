// Every fact this adapter relies on that platforms.md marks [assumed] or leaves open, in ONE place so a live
// tenant can correct it. Each entry names the platforms.md operation or field it is about. Guesses that are
// ways of reading rather than values:
// - Statuses: a code outside the 17 keeps its code and label; its stage is guessed from its words (constants.ts).
// - "Order as read": an order without a `status` carries it on its items (`order_status`, the upsert's key),
//   and names its store as `shop` (the upsert's key), as an id or `{id, name}`.
// - "Order as read": `created_at` / `updated_at` without a UTC offset are wall-clock times in the connection's
//   time zone (default below); a Unix number is seconds, as `created_after` is.
// - Errors: DRF bodies (`{detail}`, `{field: [msg]}`, the upsert's list of those) carry the platform's words.

export const ECOM_ASSUMED = {
  /** Single-currency platform (MDL): "Order as read" has no currency field. */
  currency: "MDL",
  /** Moldova only: addresses carry no country. */
  countryCode: "MD",
  country: "Moldova",
  /** Language: `ro` [seed]; `ru`, `en`, `uk` [assumed]. An unknown one falls back to `ro`. */
  languages: ["ro", "ru", "en", "uk"] as const,
  defaultLanguage: "ro",
  /** Paging [vendor]: page_size default 100, max 5000. */
  maxPageSize: 5000,
  /**
   * Operations whose path is [assumed] in platforms.md's table (6, 7, 2–4, 12), and the DRF trailing slash on
   * every route: a missing slash would be a 301 we do not follow. 1, 5 and 8–10 are [vendor]/[seed].
   */
  paths: {
    orders: "/external/external-order/",
    order: (id: string) => `/external/external-order/${encodeURIComponent(id)}/`,
    orderAddress: (id: string) => `/external/external-order/${encodeURIComponent(id)}/address/`,
    orderItem: (itemId: string) => `/external/external-order-item/${encodeURIComponent(itemId)}/`,
    shops: "/external/shop/",
    promoCodes: "/external/promocode/",
  },
  /** List envelope: DRF `{count, next, previous, results}`; a page past the end is DRF's 404 "Invalid page.". */
  pagePastTheEndIs404: true,
  /** Filters: created_after may be strict or inclusive: ask one second earlier, the orders service re-checks `from`. */
  createdAfterSlackSeconds: 1,
  /** Statuses: both forms are read (`incollection`, `in_collection`); the snake_case (JSON) form is sent. */
  sendSnakeCaseStatus: true,
  /** "Order as read" leaves items open: the item list under the first of these keys. */
  itemListKeys: ["order_items", "items", "products", "orderitems", "order_products"] as const,
  /** Delivery and discount amounts on read: the first present of these keys (none is published). */
  deliveryKeys: ["delivery_price", "delivery_cost", "shipping_price"] as const,
  discountKeys: ["discount", "discount_amount"] as const,
  /** An item's charged unit price is its loyalty_price when set, else its price. */
  loyaltyPriceWins: true,
  /** Upsert body: an item's `order_id` names the order ITEM (seed: `"order_id": 12` inside order 294). */
  upsertItemIdKey: "order_id",
  /**
   * 13 "Create or update orders (upsert)" may REPLACE the order rather than merge it: a status upsert repeats
   * everything the order has — `shop`, `rrn`, `promocode`, the `address` and each item's product, quantity and
   * loyalty_price — so nothing is wiped. Items without an id are left out (an unknown id would ADD an item).
   */
  upsertReplacesOrder: true,
  /** The upsert's `rrn` (bank retrieval reference number) is what "Order as read" calls payment.transaction_id. */
  rrnOnRead: "payment.transaction_id",
  /**
   * The upsert's `promocode` is a promo code's id; "Order as read" gives payment.promo_code as the CODE (or an
   * object with its id): the id is found by code in 12 "Promo codes". A code not found there stops the upsert.
   */
  promoCodeIdByCode: true,
  /** The upsert's `address` is re-sent from 6 "Delivery address of an order", whose keys are the upsert's. */
  upsertAddressKeys: [
    "address_id",
    "store",
    "address_ro",
    "address_ru",
    "address_en",
    "address_uk",
    "zip_code",
    "region_id",
    "locality_id",
    "sector",
    "address_type",
  ] as const,
  /** The site token is needed only by the catalogue look-ups (1–5): a connection may leave it out. */
  siteTokenOptional: true,
} as const;

export type EcomLanguage = (typeof ECOM_ASSUMED.languages)[number];

/** Offset-less times are read in the platform's country (Moldova) unless the connection names another zone. */
export const DEFAULT_TIME_ZONE = "Europe/Chisinau";
