// Every Seller Center fact we could not find published (platforms.md tags them [assumed]), one named constant
// each, so a live tenant that answers differently is corrected here and nowhere else.

/** One order by id: DRF's detail route of the read-only order viewset (the seed documents only the list). */
export const ORDER_DETAIL_PATH = (id: string) => `/api/i1/orders/${encodeURIComponent(id)}/`;

/** DRF's max_page_size for `limit`: we never ask for more per page. */
export const MAX_PAGE_SIZE = 100;

/** The order list takes no documented sort parameter; its default ordering is newest first (date_placed desc). */
export const DEFAULT_ORDERING = "placed_desc" as const;

/** The seed's item has no quantity: one item row per unit, as marketplaces split quantities. */
export const UNITS_PER_ITEM = 1;

/** `extra_field` keys on an item that may carry the product's name (the seed's `extra_field` is empty). */
export const ITEM_NAME_KEYS = ["product_name", "name", "title"] as const;

/** The first page of an order's items: enough for any real order; a longer one is followed by its `next` links. */
export const ITEM_PAGES_PER_ORDER = 10;

/**
 * A list page's items come in ONE ranged read (`order__date_placed__gte|lte` over the page's orders) when the
 * range holds at most this many items; past it, one read per order is cheaper than reading others' items.
 */
export const LIST_ITEM_BATCH_MAX = 300;

/** The order-items filter by the order's UUID (the seed lists only `order__number`; platforms.md assumes `order`). */
export const ITEMS_BY_ORDER_PARAM = "order";

/** Offset-less times are read in the platform's country (Turkey) unless the connection names another zone. */
export const DEFAULT_TIME_ZONE = "Europe/Istanbul";
